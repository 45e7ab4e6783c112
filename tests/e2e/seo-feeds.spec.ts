import { expect, test, type Page } from "@playwright/test";
import { jsonFeedSchema, parseRss } from "../setup/feed-schemas";
import { slugIn } from "./demo-listings";
import { demo, signIn } from "./fixtures";

// Search engines and feeds against the seeded demo data: JobPosting markup on live listings, 410 for
// ended ones, sitemap and robots, and the job feeds.

async function jsonLdBlocks(page: Page): Promise<unknown[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as unknown);
}

test("a live listing carries one JobPosting whose facts are on the page", async ({ page }) => {
  const response = await page.goto(`/jobs/${slugIn("PUBLISHED")}`);
  expect(response?.status()).toBe(200);
  const blocks = await jsonLdBlocks(page);
  expect(blocks).toHaveLength(1);
  const posting = blocks[0] as Record<string, unknown> & { hiringOrganization: { name: string }; identifier: { value: string } };
  expect(posting["@type"]).toBe("JobPosting");
  expect(posting.jobLocationType).toBe("TELECOMMUTE");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(posting.title as string);
  await expect(page.getByRole("main")).toContainText(posting.hiringOrganization.name);
  await expect(page.getByRole("main")).toContainText(posting.identifier.value);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/jobs/${slugIn("PUBLISHED")}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
});

for (const [status, name] of [
  ["EXPIRED", "an expired"],
  ["CLOSED", "a closed"],
] as const) {
  test(`${name} listing answers 410 with a way to live roles and no JobPosting`, async ({ page }) => {
    const slug = slugIn(status);
    const response = await page.goto(`/jobs/${slug}`);
    expect(response?.status()).toBe(410);
    expect(page.url()).toMatch(new RegExp(`/jobs/${slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: "This role is no longer open" })).toBeVisible();
    expect(await jsonLdBlocks(page)).toHaveLength(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByRole("link", { name: "All open roles" }).click();
    await expect(page).toHaveURL(/\/jobs$/);
  });
}

test("signed in, an ended listing answers the same 410 page", async ({ page, request }) => {
  const slug = slugIn("CLOSED");
  const anonymous = await request.get(`/jobs/${slug}`);
  await signIn(page, demo.candidate);
  const signedIn = await page.request.get(`/jobs/${slug}`);
  expect(signedIn.status()).toBe(410);
  expect(await signedIn.text()).toBe(await anonymous.text());
  const response = await page.goto(`/jobs/${slug}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1, name: "This role is no longer open" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Open .+ roles$/ })).toBeVisible();
  expect(await jsonLdBlocks(page)).toHaveLength(0);
});

test("unpublished and unknown listings stay 404", async ({ request }) => {
  for (const path of [
    `/jobs/${slugIn("DRAFT")}`,
    `/jobs/${slugIn("PENDING_REVIEW")}`,
    `/jobs/${slugIn("REJECTED")}`,
    "/jobs/no-such-role",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("sitemap.xml lists live listings only, and robots.txt points to it", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`/jobs/${slugIn("PUBLISHED")}</loc>`);
  expect(xml).not.toContain(`/jobs/${slugIn("EXPIRED")}</loc>`);
  expect(xml).toContain("/roles/remote-backend-architect</loc>");

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/Disallow: \/admin/);
  expect(text).toMatch(/Allow: \/api\/v1\//);
  expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});

test("the search page links its own feeds, and they parse and match the search", async ({ page, request }) => {
  await page.goto("/jobs?level=staff");
  const rssLink = page.getByRole("link", { name: "RSS feed" });
  await expect(rssLink).toHaveAttribute("href", "/feeds/jobs.rss?level=staff");
  // Feed readers take a page's first alternate link: on a search page those are the search's own feeds.
  const alternates = page.locator('head link[rel="alternate"]');
  await expect(alternates).toHaveCount(2);
  await expect(alternates.nth(0)).toHaveAttribute("type", "application/rss+xml");
  await expect(alternates.nth(0)).toHaveAttribute("href", /\/feeds\/jobs\.rss\?level=staff$/);
  await expect(alternates.nth(0)).toHaveAttribute("title", /^Backplane jobs: Staff.* \(RSS\)$/);
  await expect(alternates.nth(1)).toHaveAttribute("type", "application/feed+json");
  await expect(alternates.nth(1)).toHaveAttribute("href", /\/feeds\/jobs\.json\?level=staff$/);
  await expect(alternates.nth(1)).toHaveAttribute("title", /^Backplane jobs: Staff.* \(JSON Feed\)$/);

  const rss = await request.get((await rssLink.getAttribute("href"))!);
  expect(rss.status()).toBe(200);
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const { channel } = parseRss(await rss.text()).rss;
  expect(channel.item.length).toBeGreaterThan(0);
  for (const item of channel.item) expect(item.description).toContain("<strong>Level:</strong> Staff");

  const jsonHref = (await page.getByRole("link", { name: "JSON Feed" }).getAttribute("href"))!;
  const json = await request.get(jsonHref);
  expect(json.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const feed = jsonFeedSchema.parse(await json.json());
  expect(feed.items.map((i) => i.id)).toEqual(channel.item.map((i) => i.guid["#text"]));

  // The first item's link opens the live listing it names.
  await page.goto(channel.item[0]!.link);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("every public page announces the site feeds", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('head link[rel="alternate"][type="application/feed+json"]').first().getAttribute("href");
  expect(href).toMatch(/\/feeds\/jobs\.json$/);
  const all = jsonFeedSchema.parse(await (await request.get(href!)).json());
  expect(all.items.length).toBeGreaterThan(0);
});

test("only the plain search page is indexable; every variant names it as canonical", async ({ request }) => {
  // Fetched as a plain HTTP client (no browser, no scripts): the <head> a crawler or feed validator reads.
  const head = async (path: string) => {
    const html = await (await request.get(path)).text();
    const tags = [...html.slice(0, html.indexOf("</head>")).matchAll(/<(link|meta) ([^>]*?)\/?>/g)].map((m) => ({
      tag: m[1],
      ...Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    })) as Record<string, string>[];
    return {
      robots: tags.find((t) => t.tag === "meta" && t.name === "robots")?.content,
      canonical: tags.find((t) => t.rel === "canonical")?.href,
      alternates: tags.filter((t) => t.rel === "alternate").map((t) => ({ type: t.type, title: t.title, href: t.href })),
    };
  };
  const plain = await head("/jobs");
  expect(plain.robots).toBeUndefined();
  expect(plain.canonical).toMatch(/^http.*\/jobs$/);
  expect(plain.alternates).toEqual([
    {
      type: "application/rss+xml",
      title: "Backplane: remote backend architect jobs (RSS)",
      href: expect.stringMatching(/\/feeds\/jobs\.rss$/),
    },
    {
      type: "application/feed+json",
      title: "Backplane: remote backend architect jobs (JSON Feed)",
      href: expect.stringMatching(/\/feeds\/jobs\.json$/),
    },
  ]);
  for (const path of ["/jobs?q=kafka", "/jobs?level=staff&level=principal", "/jobs?sort=pay", "/jobs?limit=5"]) {
    const variant = await head(path);
    expect(variant.robots, path).toBe("noindex, follow");
    expect(variant.canonical, path).toBe(plain.canonical);
  }
  expect((await head("/jobs?q=kafka")).alternates).toEqual([
    {
      type: "application/rss+xml",
      title: "Backplane jobs: “kafka” (RSS)",
      href: expect.stringMatching(/\/feeds\/jobs\.rss\?q=kafka$/),
    },
    {
      type: "application/feed+json",
      title: "Backplane jobs: “kafka” (JSON Feed)",
      href: expect.stringMatching(/\/feeds\/jobs\.json\?q=kafka$/),
    },
  ]);
});

test("feeds answer If-Modified-Since and If-None-Match with 304", async ({ request }) => {
  const first = await request.get("/feeds/jobs.rss");
  expect(first.status()).toBe(200);
  const lastModified = first.headers()["last-modified"]!;
  const etag = first.headers()["etag"]!;
  expect(Date.parse(lastModified)).toBeLessThanOrEqual(Date.now());
  expect((await request.get("/feeds/jobs.rss", { headers: { "if-modified-since": lastModified } })).status()).toBe(304);
  expect((await request.get("/feeds/jobs.rss", { headers: { "if-none-match": etag } })).status()).toBe(304);
  const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
  expect((await request.get("/feeds/jobs.rss", { headers: { "if-modified-since": earlier } })).status()).toBe(200);
});
