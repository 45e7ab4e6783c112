import { mkdirSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { withDatabase } from "./database";
import { slugIn } from "./demo-listings";
import { demo, signIn } from "./fixtures";

// Every employer and admin page at a phone's width (390 px) and a desktop's (1440 px), signed in as the
// demo employer and the demo admin. Each is saved as a PNG in test-results/screenshots/ for a person to look
// at (issues 10 and 12 ask for that), and no page may scroll sideways at either width: wide content
// (tables) scrolls inside its own box.

const OUT = "test-results/screenshots";
const WIDTHS = [390, 1440] as const;

type Shot = { name: string; path: string };

/** Ids the pages need, looked up from the seeded demo data. */
async function demoIds() {
  return withDatabase(async (client) => {
    const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: string }>(sql, params)).rows[0]!.id;
    const listingBySlug = (slug: string) => one(`SELECT id FROM "Listing" WHERE slug = $1`, [slug]);
    return {
      published: await listingBySlug(slugIn("PUBLISHED")),
      draft: await listingBySlug(slugIn("DRAFT")),
      pending: await listingBySlug(slugIn("PENDING_REVIEW")),
      rejected: await listingBySlug(slugIn("REJECTED")),
      closed: await listingBySlug(slugIn("CLOSED")),
      expired: await listingBySlug(slugIn("EXPIRED")),
      // The listing with the most applicants, so the pipeline has rows in several stages.
      busiest: await one(
        `SELECT a."listingId" AS id FROM "Application" a JOIN "Listing" l ON l.id = a."listingId"
           JOIN "Company" c ON c.id = l."companyId" WHERE c.slug = 'ledgerline'
           GROUP BY a."listingId" ORDER BY count(*) DESC, a."listingId" LIMIT 1`,
      ),
      // A published listing's waiting edit, as the moderators' edit queue lists them (other specs close listings).
      edited: await one(
        `SELECT id FROM "Listing" WHERE status = 'PUBLISHED' AND "pendingEditAt" IS NOT NULL ORDER BY "pendingEditAt" LIMIT 1`,
      ),
      application: await one(
        `SELECT a.id FROM "Application" a JOIN "Listing" l ON l.id = a."listingId" JOIN "Company" c ON c.id = l."companyId"
           WHERE c.slug = 'ledgerline' AND a.status = 'INTERVIEW' LIMIT 1`,
      ),
      reviewItem: await one(`SELECT id FROM "Listing" WHERE status = 'PENDING_REVIEW' ORDER BY "submittedAt" LIMIT 1`),
      user: await one(`SELECT id FROM "User" WHERE email = $1`, [demo.employer]),
      company: await one(`SELECT id FROM "Company" WHERE slug = 'ledgerline'`),
    };
  });
}

async function capture(browser: Browser, account: string, shots: Shot[]): Promise<string[]> {
  const overflowing: string[] = [];
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
    const page = await context.newPage();
    await signIn(page, account);
    for (const shot of shots) {
      const response = await page.goto(shot.path);
      expect(response?.status(), shot.path).toBe(200);
      // The header's account area is an island that asks who is signed in: shoot once it has answered.
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      await page.screenshot({ path: `${OUT}/${shot.name}-${width}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${shot.path} at ${width} px: ${overflow} px too wide`);
    }
    await context.close();
  }
  return overflowing;
}

// A trace of dozens of full-page screenshots is too big to keep; the PNGs are the record.
test.use({ trace: "off" });

test.beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

test("every employer page at 390 and 1440 px, without sideways scrolling", async ({ browser }) => {
  test.setTimeout(240_000);
  const ids = await demoIds();
  const employer: Shot[] = [
    { name: "employer-home", path: "/employer" },
    { name: "employer-listings", path: "/employer/listings" },
    { name: "employer-listing-new", path: "/employer/listings/new" },
    { name: "employer-listing-published", path: `/employer/listings/${ids.published}` },
    { name: "employer-listing-pipeline", path: `/employer/listings/${ids.busiest}` },
    { name: "employer-listing-draft", path: `/employer/listings/${ids.draft}` },
    { name: "employer-listing-pending", path: `/employer/listings/${ids.pending}` },
    { name: "employer-listing-rejected", path: `/employer/listings/${ids.rejected}` },
    { name: "employer-listing-closed", path: `/employer/listings/${ids.closed}` },
    { name: "employer-listing-expired", path: `/employer/listings/${ids.expired}` },
    { name: "employer-listing-edit-pending", path: `/employer/listings/${ids.edited}` },
    { name: "employer-listing-edit", path: `/employer/listings/${ids.published}/edit` },
    { name: "employer-listing-preview", path: `/employer/listings/${ids.draft}/preview` },
    { name: "employer-application", path: `/employer/applications/${ids.application}` },
    { name: "employer-company", path: "/employer/company" },
    { name: "employer-team", path: "/employer/team" },
  ];
  expect(await capture(browser, demo.employer, employer)).toEqual([]);
});

test("every admin page at 390 and 1440 px, without sideways scrolling", async ({ browser }) => {
  test.setTimeout(240_000);
  const ids = await demoIds();
  const admin: Shot[] = [
    { name: "admin-dashboard", path: "/admin" },
    { name: "admin-review", path: "/admin/review" },
    { name: "admin-review-item", path: `/admin/review/${ids.reviewItem}` },
    { name: "admin-review-edits", path: "/admin/review/edits" },
    { name: "admin-review-edit", path: `/admin/review/edits/${ids.edited}` },
    { name: "admin-reports", path: "/admin/reports" },
    { name: "admin-users", path: "/admin/users" },
    { name: "admin-user", path: `/admin/users/${ids.user}` },
    { name: "admin-companies", path: "/admin/companies" },
    { name: "admin-company", path: `/admin/companies/${ids.company}` },
    { name: "admin-audit", path: "/admin/audit" },
    { name: "admin-outbox", path: "/admin/outbox" },
  ];
  expect(await capture(browser, demo.admin, admin)).toEqual([]);
});
