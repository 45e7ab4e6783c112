import { expect, test, type Browser, type Page } from "@playwright/test";
import PgBoss from "pg-boss";
import { DEMO_COMPANY_SLUG } from "../../prisma/seed/companies";
import { anchorFor } from "../../prisma/seed/lifecycle";
import { generateListings } from "../../prisma/seed/listings";
import { REGIONS } from "../../prisma/seed/regions";
import { buildPdf } from "../setup/pdf";
import { withDatabase } from "./database";
import { demo, signIn, signUpCandidate, uniqueSuffix } from "./fixtures";
import { waitForMail } from "./mailbox";

// A new candidate's whole loop against the production build: sign up and confirm the address from the mail,
// fill in where and when they work and watch a listing's verdict follow, upload a CV and apply with it (the
// employer downloads it), withdraw (the employer sees it), save a search and get its alert by mail.
test.describe.configure({ mode: "serial" });

const suffix = uniqueSuffix();
const name = `Noor Loop ${suffix}`;
const email = `e2e-loop-${suffix}@example.test`;
const password = "a long enough password";
const cvName = `noor-loop-${suffix}.pdf`;

// One of Ledgerline's published roles open to Germany but not the United States, with a UTC working window
// that a 09:00–17:00 day in Berlin (08:00–16:00 UTC in winter, 07:00–15:00 in summer) overlaps enough and one
// in Los Angeles (17:00–01:00 or 16:00–00:00 UTC) does not; no work authorisation needed. The seed is
// deterministic, so it is known without asking the database.
const listing = (() => {
  const inRegion = (code: string, country: string) => REGIONS.find((r) => r.code === code)?.countries.includes(country);
  const overlap = (start: number, end: number, from: number, to: number) =>
    Math.max(0, Math.min(end, to) - Math.max(start, from));
  const found = generateListings(anchorFor(new Date())).find(
    (l) =>
      l.companySlug === DEMO_COMPANY_SLUG &&
      l.status === "PUBLISHED" &&
      !l.worldwide &&
      l.visaPolicy === "NOT_REQUIRED" &&
      l.eligibleRegions.some((code) => inRegion(code, "DE")) &&
      !l.eligibleRegions.some((code) => inRegion(code, "US")) &&
      l.tzWindowStartUtc !== null &&
      l.tzWindowEndUtc !== null &&
      l.tzWindowStartUtc >= 60 &&
      l.tzWindowStartUtc < l.tzWindowEndUtc &&
      l.tzWindowEndUtc <= 16 * 60 &&
      Math.min(
        overlap(l.tzWindowStartUtc, l.tzWindowEndUtc, 7 * 60, 15 * 60),
        overlap(l.tzWindowStartUtc, l.tzWindowEndUtc, 8 * 60, 16 * 60),
      ) >=
        l.tzRequiredOverlapHours * 60 &&
      l.tzRequiredOverlapHours > 0,
  );
  if (!found) throw new Error("The seed has no Ledgerline listing for Germany with a European working window");
  return found;
})();

async function saveProfile(page: Page, country: string, timezone: string) {
  await page.goto("/account/profile");
  await page.getByLabel("Country of residence").selectOption({ label: country });
  await page.getByLabel("Timezone").fill(timezone);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
}

async function verdict(page: Page) {
  await page.goto(`/jobs/${listing.slug}`);
  return page.getByRole("region", { name: "Your eligibility" });
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test("a new candidate signs up and confirms the address from the mail", async ({ page }) => {
  await signUpCandidate(page, name, email, password);
  const { links } = await waitForMail(email, /^Confirm your email address$/);
  await signIn(page, email, password);
  await page.goto(links.find((link) => link.includes("/verify-email/"))!);
  await expect(page.getByText("Your address is confirmed.")).toBeVisible();
});

test("the profile's country and timezone decide the listing's verdict", async ({ page }) => {
  await signIn(page, email, password);

  // Nothing known yet: the verdict asks for the profile.
  let box = await verdict(page);
  await expect(box).toContainText("You may be able to take this role");
  await expect(box.getByRole("link", { name: "Set your country" })).toBeVisible();

  // The right country but a working day far from the role's hours.
  await saveProfile(page, "Germany", "America/Los_Angeles");
  box = await verdict(page);
  await expect(box).toContainText("This role is not open to you from where you are.");

  // The country and the hours both fit.
  await saveProfile(page, "Germany", "Europe/Berlin");
  box = await verdict(page);
  await expect(box).toContainText("You can take this role from where you are.");

  // A country outside the role's regions.
  await saveProfile(page, "United States", "Europe/Berlin");
  box = await verdict(page);
  await expect(box).toContainText("This role is not open to you from where you are.");

  await saveProfile(page, "Germany", "Europe/Berlin");
  await expect(page.getByLabel("Timezone")).toHaveValue("Europe/Berlin");
});

test("the candidate applies with a CV; the employer downloads it; the candidate withdraws", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, email, password);

  await page.goto("/account/cvs");
  await page
    .getByLabel("CV (PDF)")
    .setInputFiles({ name: cvName, mimeType: "application/pdf", buffer: buildPdf({ text: name }) });
  await page.getByRole("button", { name: "Upload CV" }).click();
  await expect(page.getByRole("link", { name: cvName })).toBeVisible();

  await page.goto(`/jobs/${listing.slug}/apply`);
  await page.getByRole("radio", { name: cvName }).check();
  await page.getByLabel("Cover note").fill("I have run reconciliation for a payments company in Berlin for five years.");
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You applied on" })).toBeVisible();

  // The employer finds the applicant on the listing and downloads the CV that came with the application.
  const employer = await signedIn(browser, demo.employer);
  const listingId = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Listing" WHERE slug = $1`, [listing.slug]);
    return rows[0]!.id;
  });
  await employer.page.goto(`/employer/listings/${listingId}`);
  const row = employer.page.getByRole("row").filter({ hasText: name });
  // The cells: the tick box, the candidate, the stage.
  const stage = row.getByRole("cell").nth(2);
  await expect(stage).toHaveText("New");
  const cvLink = row.getByRole("link", { name: `Download CV (PDF) of ${name}` });
  const href = await cvLink.getAttribute("href");
  expect(href).toMatch(/^\/documents\/[^/]+$/);
  const download = await employer.page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("application/pdf");
  expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The candidate withdraws; the employer sees it.
  await page.goto("/account/applications");
  await page.getByRole("link", { name: listing.title }).click();
  await expect(page).toHaveURL(/\/account\/applications\/[^/]+$/);
  await page.getByText("Withdraw this application").click();
  await page.getByLabel("Reason (optional)").fill("I accepted another offer.");
  await page.getByRole("button", { name: "Withdraw application" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "Withdrawn" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("You withdrew");
  await expect(page.getByRole("button", { name: "Withdraw application" })).toHaveCount(0);

  await employer.page.reload();
  await expect(stage).toHaveText("Withdrawn");
  await employer.context.close();
});

test("a saved search mails the candidate a newly published match", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const word = `kestrel${suffix}`;
  await signIn(page, email, password);
  // Country and timezone cleared on purpose: left out, the profile's (United States, from the test before) would
  // fill in once the page knows the visitor, and a role open to Asia-Pacific would not match the saved search.
  await page.goto(`/jobs?q=${word}&country=&tz=`);
  await page.getByRole("link", { name: "Save this search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Save this search" })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(word);
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page).toHaveURL(/\/account\/searches\?saved=1$/);
  await expect(page.getByText("Search saved.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(word);

  // A matching role is published after the search was saved.
  const title = `Staff Platform Architect ${word}`;
  const employer = await signedIn(browser, demo.employer);
  const form = employer.page;
  await form.goto("/employer/listings/new");
  await form.getByLabel("Job title").fill(title);
  await form.getByLabel("Seniority level").selectOption({ index: 1 });
  await form
    .getByLabel("Description")
    .fill(
      "You will own the platform every product team ships on: the deployment pipeline, the service mesh, " +
        "the reliability targets and the decision records behind them, with a team of six engineers who " +
        "care about the developer experience as much as the uptime.",
    );
  await form.getByLabel("Benefits").fill("Health cover in your country, 30 days of leave, a home office budget.");
  await form.getByLabel("Salary from").fill("200000");
  await form.getByLabel("Salary to").fill("240000");
  await form.getByLabel("Currency").selectOption("USD");
  await form.getByLabel("Paid").selectOption("YEAR");
  // Asia-Pacific: no pay-transparency rule there asks for more than the range (decision 030).
  await form
    .getByRole("group", { name: "Regions" })
    .getByRole("checkbox", { name: /^Asia-Pacific/ })
    .check();
  await form.getByRole("group", { name: "Work authorisation (required)" }).getByRole("radio").first().check();
  await form.getByRole("group", { name: "Engagement (required)" }).getByRole("radio").first().check();
  await form.getByRole("checkbox", { name: "Kubernetes", exact: true }).check();
  await form.getByRole("button", { name: "Submit for review" }).click();
  await expect(form).toHaveURL(/\/employer\/listings\?submitted=/);
  await employer.context.close();

  const admin = await signedIn(browser, demo.admin);
  await admin.page.goto("/admin/review");
  await admin.page.getByRole("button", { name: `Approve “${title}”` }).click();
  await expect(admin.page.getByRole("status").filter({ hasText: "Approved and published" })).toContainText(title);
  await admin.context.close();

  // A day passes for the daily alert (a new search's first one is due a day after it was saved; the role was
  // published within that day)…
  await withDatabase((client) =>
    client.query(
      `UPDATE "SavedSearch" SET "lastAlertedAt" = "lastAlertedAt" - interval '25 hours'
       WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [email],
    ),
  );
  // …and the hourly alert job is sent now instead of waiting for its schedule; the app's worker runs it.
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: "pgboss", supervise: false, schedule: false });
  await boss.start();
  try {
    await boss.send("send-search-alerts", {});
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const { mail, links } = await waitForMail(email, new RegExp(`^1 new role for “${word}”$`), 30_000);
  expect(mail.text).toContain(title);
  expect(links.some((link) => link.includes("/jobs/"))).toBe(true);
});
