import { expect, test } from "@playwright/test";
import { withDatabase } from "./database";
import { demo, signIn, uniqueSuffix } from "./fixtures";
import { waitForMail } from "./mailbox";

// Issue 10's team journey against the production build: the owner invites a recruiter by mail, the mail
// really leaves over SMTP, the recruiter creates an account from the link and lands in the team, then
// follows the applicants of the company's busiest listing.

test("an invited recruiter accepts by creating an account and sees a listing's applicant pipeline", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = `e2e-recruiter-${uniqueSuffix()}@example.test`;
  const name = "Robin Recruiter";

  // The owner sends the invitation.
  await signIn(page, demo.employer);
  await page.goto("/employer/team");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("RECRUITER");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}; the link works for 7 days.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Invitations" }).getByText(email, { exact: true })).toBeVisible();

  // The recruiter opens the link from the mail in a browser of their own.
  const { links } = await waitForMail(email, /invited you to Ledgerline on Backplane$/);
  const link = links.find((l) => l.includes("/invitations/"));
  expect(link).toBeDefined();
  const recruiter = await browser.newContext();
  const recruiterPage = await recruiter.newPage();
  await recruiterPage.goto(new URL(link!).pathname);
  await expect(recruiterPage.getByRole("heading", { level: 1, name: "Join Ledgerline" })).toBeVisible();
  await expect(recruiterPage.getByText("You were invited to join as a recruiter.")).toBeVisible();
  await recruiterPage.getByLabel("Your name").fill(name);
  await recruiterPage.getByLabel("Password").fill("a long enough password");
  await recruiterPage.getByRole("button", { name: "Create an account to join Ledgerline" }).click();
  await expect(recruiterPage).toHaveURL(/\/employer\/team\?joined=1$/);
  await expect(recruiterPage.getByText("Welcome to the team.")).toBeVisible();
  await expect(recruiterPage.getByRole("region", { name: /^Members/ }).getByText(`${name} (you)`)).toBeVisible();
  // A recruiter does not manage the team.
  await expect(recruiterPage.getByRole("button", { name: "Send invitation" })).toHaveCount(0);

  // The pipeline of the company's listing with the most applicants, reached from the listings page.
  const busiest = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; title: string; n: string }>(
      `SELECT l.id, l.title, count(*) AS n FROM "Application" a JOIN "Listing" l ON l.id = a."listingId"
         JOIN "Company" c ON c.id = l."companyId" WHERE c.slug = 'ledgerline'
         GROUP BY l.id, l.title ORDER BY count(*) DESC, l.id LIMIT 1`,
    );
    return rows[0]!;
  });
  await recruiterPage.goto(`/employer/listings/${busiest.id}`);
  await expect(recruiterPage.getByRole("heading", { level: 1, name: busiest.title })).toBeVisible();
  await expect(recruiterPage.getByRole("heading", { name: `Applications (${busiest.n})` })).toBeVisible();
  const rows = recruiterPage.locator("#applications").getByRole("table").getByRole("row");
  // The header row plus one row per applicant (the stage filter starts at "All").
  await expect(rows).toHaveCount(Number(busiest.n) + 1);

  // The link worked once.
  await recruiterPage.goto(new URL(link!).pathname);
  await expect(recruiterPage.getByRole("heading", { name: "This invitation was already used." })).toBeVisible();
  await recruiter.close();
});
