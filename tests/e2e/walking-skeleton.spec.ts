import { expect, test } from "@playwright/test";
import { demo, signIn, signOut, signUpCandidate, uniqueSuffix } from "./fixtures";
import { waitForMail } from "./mailbox";

// The thin path through the whole product, in order: an employer posts, an admin approves,
// a candidate finds the role and applies, the employer sees the application.
test.describe.configure({ mode: "serial" });

const suffix = uniqueSuffix();
const title = `Staff Event Streaming Architect ${suffix}`;
const candidateEmail = `e2e-candidate-${suffix}@example.test`;
const coverNote = "I designed the Kafka-based ledger pipeline at my last company and ran it for three years.";

test("an employer posts a role; it waits in review", async ({ page }) => {
  await signIn(page, demo.employer);
  await page.goto("/employer/listings/new");

  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Seniority level").selectOption({ index: 1 });
  await page
    .getByLabel("Description")
    .fill(
      "You will own the event streaming platform that every product team publishes to: topic design, " +
        "schema evolution, exactly-once processing for ledger events, and the reliability targets the " +
        "platform commits to. You will write the decision records and run the design reviews.",
    );
  await page.getByLabel("Benefits").fill("Health cover in your country, 30 days of leave, a home office budget.");
  await page.getByLabel("Salary from").fill("210000");
  await page.getByLabel("Salary to").fill("260000");
  await page.getByLabel("Currency").selectOption("USD");
  await page.getByLabel("Paid").selectOption("YEAR");
  await page.getByLabel("Worldwide — candidates in any country").check();
  await page.getByRole("group", { name: "Work authorisation (required)" }).getByRole("radio").first().check();
  await page.getByRole("group", { name: "Engagement (required)" }).getByRole("radio").first().check();
  await page.getByRole("checkbox", { name: "Kafka", exact: true }).check();
  // Worldwide brings Colorado's closing date and Ontario's two answers (decision 030).
  const closes = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Applications close on (optional)").fill(closes);
  await page.getByRole("group", { name: "Is this an existing vacancy?" }).getByRole("radio", { name: "No" }).check();
  await page
    .getByRole("group", { name: "Does AI screen, assess or select applicants?" })
    .getByRole("radio", { name: "No" })
    .check();
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page).toHaveURL(/\/employer\/listings\?submitted=/);
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row).toContainText("Pending review");

  // Not public until a moderator approves it.
  await signOut(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("the posting form keeps the input and explains each error", async ({ page }) => {
  await signIn(page, demo.employer);
  await page.goto("/employer/listings/new");
  await page.getByLabel("Job title").fill("Principal Architect");
  await page.getByLabel("Salary from").fill("300000");
  await page.getByLabel("Salary to").fill("200000");
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page.getByLabel("Job title")).toHaveValue("Principal Architect");
  await expect(page.getByLabel("Salary to")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Description")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/employer\/listings\/new/);
});

test("an admin approves it; it goes live on the board", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/admin/review");
  await page.getByRole("button", { name: `Approve “${title}”` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved and published" })).toContainText(title);
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  await signOut(page);

  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("$210,000").first()).toBeVisible();
});

test("a new candidate signs up, confirms the address from the mail, and applies", async ({ page }) => {
  await signUpCandidate(page, "Robin Example", candidateEmail, "a long enough password");

  // Signed in before confirming: the candidate may look, but not apply yet.
  await signIn(page, candidateEmail, "a long enough password");
  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("Confirm your email address before you apply")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send application" })).toHaveCount(0);

  const { links } = await waitForMail(candidateEmail, /^Confirm your email address$/);
  const confirm = links.find((link) => link.includes("/verify-email/"))!;
  await page.goto(confirm);
  await expect(page.getByText("Your address is confirmed.")).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Cover note").fill(coverNote);
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You applied on" })).toBeVisible();
  // Focus lands on the confirmation, so keyboard and screen reader users hear what happened.
  await expect(page.locator(":focus")).toContainText("You applied on");

  await page.reload();
  await expect(page.getByText(/You applied on/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send application" })).toHaveCount(0);

  await page.goto("/account/applications");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await waitForMail(candidateEmail, new RegExp(`^Application sent: ${title}$`));
});

test("the employer sees the application on their listing", async ({ page }) => {
  await signIn(page, demo.employer);
  await page.goto("/employer/listings");
  await page.getByRole("link", { name: title }).click();
  // The pipeline lists the applicant; their page has the cover note.
  await page.getByRole("link", { name: "Robin Example" }).click();
  await expect(page.getByRole("heading", { name: "Robin Example" })).toBeVisible();
  await expect(page.getByText(coverNote)).toBeVisible();
  // …and was told by mail, with a link to the listing's applicants.
  const { links } = await waitForMail(demo.employer, new RegExp(`^New application: ${title}$`));
  expect(links.some((link) => /\/employer\/listings\/[^/]+$/.test(link))).toBe(true);
});
