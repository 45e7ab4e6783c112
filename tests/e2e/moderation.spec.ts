import { expect, test, type Page } from "@playwright/test";
import { anchorFor } from "../../prisma/seed/lifecycle";
import { generateListings } from "../../prisma/seed/listings";
import { withDatabase } from "./database";
import { demo, signIn } from "./fixtures";

// Issue 12's journey against the production build: a candidate reports a listing, a moderator suspends its
// company from the reports queue, the listing leaves the board (its page answers 404 while the company is
// suspended, decision 027), and restoring the company brings it back.

// A company no other journey touches, so suspending it for a moment disturbs nothing else.
const listing = generateListings(anchorFor(new Date())).find((l) => l.companySlug === "tracewind" && l.status === "PUBLISHED")!;
const path = `/jobs/${listing.slug}`;

async function searchFinds(page: Page): Promise<boolean> {
  // The title with the company's name, so the listing is on the first page of results when it is live.
  await page.goto(`/jobs?q=${encodeURIComponent(`${listing.title} Tracewind`)}`);
  return (await page.locator(`a[href="${path}"]`).count()) > 0;
}

test("reported → company suspended from the reports queue → listing gone → restored → live again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const ids = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; companyId: string }>(
      `SELECT id, "companyId" FROM "Listing" WHERE slug = $1`,
      [listing.slug],
    );
    return rows[0]!;
  });

  // A candidate reports it.
  await signIn(page, demo.candidate);
  await page.goto(path);
  await page.getByRole("link", { name: "Report it to our moderators" }).click();
  await page.getByRole("radio").first().check();
  await page.getByLabel("Details").fill("The contact instructions ask for a payment before the interview.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toBeVisible();

  // A moderator sees it in the queue and suspends the company from there.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, demo.admin);
  await adminPage.goto("/admin/reports");
  const form = adminPage.locator("form").filter({ has: adminPage.locator(`input[name="listingId"][value="${ids.id}"]`) });
  await expect(form).toBeVisible();
  await form.getByRole("radio", { name: "Suspend the company" }).check();
  await form.getByLabel("Note for the employer").fill("Listings asked candidates for payment; suspended while we look into it.");
  await form.getByRole("button", { name: "Resolve" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/reports\?resolved=suspend-company$/);
  await expect(adminPage.getByText("The company is suspended; its listings have left the board.")).toBeVisible();

  // Gone: the page is missing and search no longer lists it. The proxy's per-slug answer may last a second.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await expect.poll(async () => (await visitorPage.request.get(path)).status(), { timeout: 10_000 }).toBe(404);
  expect(await searchFinds(visitorPage)).toBe(false);

  // The moderator restores the company; the listing is live again and back in search.
  await adminPage.goto(`/admin/companies/${ids.companyId}`);
  await adminPage.getByLabel("Why restore it").fill("The employer removed the payment request; the listings were genuine.");
  await adminPage.getByRole("button", { name: "Restore company" }).click();
  await expect(adminPage.getByText("Restored; its published, unexpired listings are back on the board.")).toBeVisible();
  await admin.close();
  await expect.poll(async () => (await visitorPage.request.get(path)).status(), { timeout: 10_000 }).toBe(200);
  await visitorPage.goto(path);
  await expect(visitorPage.getByRole("heading", { level: 1, name: listing.title })).toBeVisible();
  expect(await searchFinds(visitorPage)).toBe(true);
  await visitor.close();
});
