import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { DEMO_COMPANY_SLUG } from "../../prisma/seed/companies";
import { anchorFor } from "../../prisma/seed/lifecycle";
import { generateListings } from "../../prisma/seed/listings";
import { demo, signIn } from "./fixtures";

// One URL per page (docs/decisions/011-one-url-per-page.md): public pages are the same HTML for every
// visitor, cached and shared; what is the visitor's own comes from /api/me into islands.

const seeded = generateListings(anchorFor(new Date()));
const slugIn = (status: string) => seeded.find((l) => l.status === status && l.companySlug === DEMO_COMPANY_SLUG)!.slug;
const live = slugIn("PUBLISHED");

async function signedInContext(browser: Browser, email: string) {
  const context = await browser.newContext();
  await signIn(await context.newPage(), email);
  return context;
}

/** The document without its inline scripts: a page rendered per request streams its RSC payload in whatever order its data arrives. */
const markup = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

async function body(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return { html: await response.text(), cache: response.headers()["x-nextjs-cache"] };
}

test("a signed-in visitor gets exactly the HTML an anonymous one gets, from the same cache", async ({ browser }) => {
  const anonymous = await browser.newContext();
  const candidate = await signedInContext(browser, demo.candidate);
  try {
    for (const path of ["/jobs?level=staff&country=&tz=", "/salaries"]) {
      const first = await body(anonymous.request, path);
      const mine = await body(candidate.request, path);
      expect(markup(mine.html), path).toBe(markup(first.html));
      expect(mine.html, path).not.toContain(demo.candidate);
    }
    // Home and listing pages come from the full-route cache, whoever asks: the very same bytes.
    for (const path of ["/", `/jobs/${live}`]) {
      const first = await body(anonymous.request, path);
      const mine = await body(candidate.request, path);
      expect(mine.cache, path).toBe("HIT");
      expect(mine.html, path).toBe(first.html);
    }
  } finally {
    await anonymous.close();
    await candidate.close();
  }
});

test("an approval shows at once on the home and listing pages, with and without a session", async ({ browser }) => {
  // Three browsers sign in and six pages load: a long journey, given more than the default 30 s.
  test.setTimeout(90_000);
  // A pending role of another company than the demo employer's (other tests decide those).
  const pending = seeded.find(
    (l) =>
      l.status === "PENDING_REVIEW" &&
      l.companySlug !== DEMO_COMPANY_SLUG &&
      seeded.filter((other) => other.title === l.title).length === 1,
  )!;
  const anonymous = await browser.newContext();
  const candidate = await signedInContext(browser, demo.candidate);
  const admin = await signedInContext(browser, demo.admin);
  try {
    // Asked for before it is public: 404 for everyone, and the home page does not link it.
    for (const context of [anonymous, candidate]) {
      expect((await context.request.get(`/jobs/${pending.slug}`)).status()).toBe(404);
      expect((await body(context.request, "/")).html).not.toContain(`/jobs/${pending.slug}"`);
    }

    const moderator = await admin.newPage();
    await moderator.goto("/admin/review");
    await moderator.getByRole("button", { name: `Approve “${pending.title}”` }).click();
    await expect(moderator.getByRole("status").filter({ hasText: "Approved and published" })).toContainText(pending.title);

    for (const context of [anonymous, candidate]) {
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.getByRole("main").locator(`a[href="/jobs/${pending.slug}"]`)).toBeVisible();
      const response = await page.goto(`/jobs/${pending.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: pending.title })).toBeVisible();
    }
  } finally {
    await Promise.all([anonymous.close(), candidate.close(), admin.close()]);
  }
});

test("there is no second URL space", async ({ request }) => {
  for (const path of ["/cached/home", "/cached/search/all", `/cached/jobs/${live}`, `/jobs/${slugIn("EXPIRED")}/gone`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("a 404 for an unknown or unpublished listing is never stored by a shared cache", async ({ request }) => {
  for (const path of ["/jobs/no-such-listing", `/jobs/${slugIn("PENDING_REVIEW")}`]) {
    // HEAD (what `curl -I` sends) and GET; the second is served from Next's cache of the rendered 404.
    for (const method of ["HEAD", "GET"] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect(response.headers()["cache-control"], `${method} ${path}`).toBe("private, no-store");
    }
  }
  // A live listing stays shared-cacheable.
  const liveResponse = await request.get(`/jobs/${live}`);
  expect(liveResponse.status()).toBe(200);
  expect(liveResponse.headers()["cache-control"]).toMatch(/^s-maxage=\d+/);
});

test("/api/me answers about the visitor only, and nothing may cache it", async ({ browser, request }) => {
  const anonymous = await request.get("/api/me");
  expect(await anonymous.json()).toEqual({ user: null, searchDefaults: null, savedListingIds: [] });
  for (const response of [anonymous, await request.get(`/api/me/listings/${live}`)]) {
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(response.headers()["vary"]).toMatch(/cookie/i);
    // No CORS: another site's scripts cannot read a signed-in visitor's answer.
    expect(response.headers()["access-control-allow-origin"]).toBeUndefined();
  }
  expect(await (await request.get(`/api/me/listings/${live}`)).json()).toEqual({
    role: null,
    eligibility: null,
    application: null,
    emailVerified: false,
    saved: false,
    match: null,
  });

  const candidate = await signedInContext(browser, demo.candidate);
  const employer = await signedInContext(browser, demo.employer);
  try {
    expect(await (await candidate.request.get("/api/me")).json()).toMatchObject({
      user: { email: demo.candidate, role: "CANDIDATE" },
      searchDefaults: { country: "PT", tz: "Europe/Lisbon" },
    });
    const own = await (await candidate.request.get(`/api/me/listings/${live}`)).json();
    expect(own).toMatchObject({ role: "CANDIDATE", eligibility: { verdict: expect.any(String) } });

    // The employer of the listing learns nothing about who applied through this endpoint.
    expect(await (await employer.request.get(`/api/me/listings/${live}`)).json()).toEqual({
      role: "EMPLOYER",
      eligibility: null,
      application: null,
      emailVerified: true,
      saved: false,
      match: null,
    });

    // Listings that are not public, and junk, are simply not found.
    for (const slug of [slugIn("DRAFT"), slugIn("PENDING_REVIEW"), slugIn("EXPIRED"), "no-such-role", "%3Cscript%3E", "a%00b"]) {
      for (const context of [candidate, employer]) {
        const response = await context.request.get(`/api/me/listings/${slug}`);
        expect(response.status(), slug).toBe(404);
        expect(response.headers()["cache-control"], slug).toBe("private, no-store");
      }
    }
  } finally {
    await candidate.close();
    await employer.close();
  }
});

test("a forged sign-in hint signs no one in: the header asks, hears 'nobody', and drops it", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: "bp-signed-in", value: "forged", url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === "bp-signed-in")).toBe(false);
  await context.close();
});

test("the header follows a sign-in and a sign-out without a page load", async ({ page }) => {
  await signIn(page, demo.candidate);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "My applications" })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "My applications" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
});
