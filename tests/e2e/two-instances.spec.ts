import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { Redis } from "ioredis";
import { DEMO_COMPANY_SLUG } from "../../prisma/seed/companies";
import { anchorFor } from "../../prisma/seed/lifecycle";
import { generateListings } from "../../prisma/seed/listings";
import { withDatabase } from "./database";
import { spawnServer, untilReady, type ExtraServer } from "./extra-server";
import { demo, signIn } from "./fixtures";

// Two `npm start` instances on the run's database and one Redis behave as one (decision 028): a change
// made through A is on B's cached pages at once, and a rate limit reached through A holds on B. Each
// instance has its own process memory, so without the Redis cache handler B would keep serving the pages
// it cached before the change (for the pages' 5 minutes).

const seeded = generateListings(anchorFor(new Date()));
const uniqueTitle = (title: string) => seeded.filter((l) => l.title === title).length === 1;
// The last of each kind, so that no other spec's listing is touched (they take the first).
const pending = seeded
  .filter((l) => l.status === "PENDING_REVIEW" && l.companySlug !== DEMO_COMPANY_SLUG && uniqueTitle(l.title))
  .at(-1)!;
// Not the demo company's last published listing: the seed gives that one a waiting edit
// (prisma/seed/write-edits.ts), which the screenshot spec shoots whichever order the files run in.
const closing = seeded
  .filter((l) => l.status === "PUBLISHED" && l.companySlug === DEMO_COMPANY_SLUG && uniqueTitle(l.title))
  .at(-2)!;

// A Redis database of this run's own, emptied afterwards, so no other run's keys are seen or removed.
const redisUrl = new URL(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
redisUrl.pathname = `/${1 + Math.floor(Math.random() * 15)}`;

let a: ExtraServer;
let b: ExtraServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Jobs stay with the run's main server: these two only serve requests.
  const env = { REDIS_URL: redisUrl.toString(), JOBS_IN_PROCESS: "false" };
  a = spawnServer(3181, env);
  b = spawnServer(3182, env);
  await Promise.all([untilReady(a), untilReady(b)]);
});

test.afterAll(async () => {
  a?.kill();
  b?.kill();
  const redis = new Redis(redisUrl.toString());
  await redis.flushdb();
  await redis.quit();
});

async function page(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  return { status: response.status(), html: await response.text(), cache: response.headers()["x-nextjs-cache"] };
}

async function signedInOn(browser: Browser, server: ExtraServer, email: string) {
  const context = await browser.newContext({ baseURL: server.url });
  await signIn(await context.newPage(), email);
  return context;
}

test("an approval through A is on B's cached home and listing pages at once", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const link = `href="/jobs/${pending.slug}"`;
  // B caches its home page and the listing's 404 before the approval.
  expect((await page(request, `${b.url}/jobs/${pending.slug}`)).status).toBe(404);
  await page(request, `${b.url}/`);
  const before = await page(request, `${b.url}/`);
  expect(before.cache).toBe("HIT");
  expect(before.html).not.toContain(link);

  const admin = await signedInOn(browser, a, demo.admin);
  try {
    const moderator = await admin.newPage();
    await moderator.goto("/admin/review");
    await moderator.getByRole("button", { name: `Approve “${pending.title}”` }).click();
    await expect(moderator.getByRole("status").filter({ hasText: "Approved and published" })).toContainText(pending.title);
  } finally {
    await admin.close();
  }

  expect((await page(request, `${b.url}/`)).html).toContain(link);
  const listing = await page(request, `${b.url}/jobs/${pending.slug}`);
  expect(listing.status).toBe(200);
  expect(listing.html).toContain(pending.title);
  // What B served came from the shared caches in Redis.
  const redis = new Redis(redisUrl.toString());
  try {
    expect((await redis.keys("backplane:cache:*")).length).toBeGreaterThan(1);
  } finally {
    await redis.quit();
  }
});

test("a listing closed through A answers 410 on B, and leaves B's cached search", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const link = `href="/jobs/${closing.slug}"`;
  const search = `${b.url}/jobs?q=${encodeURIComponent(closing.title)}`;
  // B caches the listing page and the search's data before the close.
  await page(request, `${b.url}/jobs/${closing.slug}`);
  const before = await page(request, `${b.url}/jobs/${closing.slug}`);
  expect(before.status).toBe(200);
  expect(before.cache).toBe("HIT");
  expect((await page(request, search)).html).toContain(link);

  const id = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Listing" WHERE slug = $1`, [closing.slug]);
    return rows[0]!.id;
  });
  const employer = await signedInOn(browser, a, demo.employer);
  try {
    const manage = await employer.newPage();
    await manage.goto(`/employer/listings/${id}?confirm=close`);
    await manage.getByRole("radio").first().check();
    await manage.getByRole("button", { name: "Close the listing" }).click();
    await expect(manage).toHaveURL(/done=closed/);
  } finally {
    await employer.close();
  }

  expect((await page(request, `${b.url}/jobs/${closing.slug}`)).status).toBe(410);
  expect((await page(request, search)).html).not.toContain(link);
});

test("the public API's rate limit reached through A holds on B", async ({ request }) => {
  test.setTimeout(60_000);
  const api = (server: ExtraServer) => request.get(`${server.url}/api/v1/jobs`).then((r) => r.status());
  expect(await api(b)).toBe(200);
  // 120 a minute per client address (src/server/api/http.ts): B's one, then 119 through A.
  for (let sent = 0; sent < 119; sent += 17) {
    const batch = Array.from({ length: Math.min(17, 119 - sent) }, () => api(a));
    expect(await Promise.all(batch)).toEqual(batch.map(() => 200));
  }
  expect(await api(b)).toBe(429);
  expect(await api(a)).toBe(429);
});
