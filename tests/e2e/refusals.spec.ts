import { expect, test } from "@playwright/test";
import { demo, signIn, signOut } from "./fixtures";

test("an unknown listing answers 404", async ({ page }) => {
  const response = await page.goto("/jobs/no-such-listing-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("signed-out visitors are sent to sign in from private areas", async ({ page }) => {
  for (const path of ["/employer/listings/new", "/admin/review", "/account/applications"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test("an employer cannot open the review queue", async ({ page }) => {
  await signIn(page, demo.employer);
  await page.goto("/admin/review");
  await expect(page.getByText("Moderators only")).toBeVisible();
  await expect(page.getByRole("button", { name: /Approve/ })).toHaveCount(0);
});

test("a rejected listing shows the employer the admin's reason", async ({ page }) => {
  // The seed leaves a pending listing of Ledgerline, the demo employer's company.
  await signIn(page, demo.admin);
  await page.goto("/admin/review");
  // A card whose company line is Ledgerline's (another company's card may name Ledgerline in its signals).
  const card = page
    .getByRole("article")
    .filter({ has: page.getByText(/^Ledgerline · /) })
    .first();
  const listingTitle = (await card.getByRole("heading").first().textContent())!.trim();
  const reason = "Please state the bonus as a range rather than 'competitive'.";
  // The reject form opens on demand, keeping the queue compact.
  await card.getByText("Reject…").click();
  await card.getByLabel("In your words").fill(reason);
  await card.getByRole("button", { name: /^Reject/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected:" })).toContainText(listingTitle);
  await signOut(page);

  await signIn(page, demo.employer);
  await page.goto("/employer/listings");
  const row = page.getByRole("listitem").filter({ hasText: listingTitle });
  await expect(row).toContainText("Rejected");
  await expect(row).toContainText(reason);
});

test("signing out ends the session: a cookie copied before it no longer opens private pages", async ({ page, browser }) => {
  await signIn(page, demo.candidate);
  const copied = await page.context().cookies();
  await signOut(page);

  const replay = await browser.newContext();
  try {
    await replay.addCookies(copied);
    const stolen = await replay.newPage();
    await stolen.goto("/account/applications");
    await expect(stolen).toHaveURL(/\/sign-in/);
  } finally {
    await replay.close();
  }
});
