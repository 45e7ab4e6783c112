import { beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { moveListing } from "@/server/listings/lifecycle";
import { GET as jsonFeed } from "@/app/feeds/jobs.json/route";
import { GET as rssFeed } from "@/app/feeds/jobs.rss/route";
import { listingGuid } from "@/lib/feeds/feed";
import { absoluteUrl } from "@/lib/site-url";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";
import { jsonFeedSchema, parseRss } from "../setup/feed-schemas";

const DAY = 24 * 60 * 60 * 1000;
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

describe("the job feeds", () => {
  let staff: { id: string; slug: string; title: string };
  let senior: { id: string; slug: string; title: string };
  let closed: { id: string };
  let staffLevel: string;

  beforeEach(async () => {
    await resetDatabase();
    const company = await createCompany({ name: "Ledger & Co" });
    const staffLevelRow = await createLevel({ name: "Staff" });
    staffLevel = staffLevelRow.slug;
    const seniorLevel = await createLevel({ name: "Senior" });
    staff = await createListing(company.id, { levelId: staffLevelRow.id, title: "Staff Payments Architect" });
    senior = await createListing(company.id, {
      levelId: seniorLevel.id,
      title: "Senior Observability Architect",
      publishedAt: new Date(Date.now() - 3 * DAY),
    });
    closed = await createListing(company.id, {
      levelId: staffLevelRow.id,
      status: "CLOSED",
      publishedAt: new Date(Date.now() - 20 * DAY),
      expiresAt: new Date(Date.now() + DAY),
      closedAt: new Date(),
    });
  });

  it("serve every live listing as valid RSS 2.0, newest first, with proper headers", async () => {
    const response = await rssFeed(get("/feeds/jobs.rss"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const { channel } = parseRss(await response.text()).rss;
    expect(channel.item.map((i) => i.guid["#text"])).toEqual([listingGuid(staff.id), listingGuid(senior.id)]);
    expect(channel.item[0]?.link).toBe(absoluteUrl(`/jobs/${staff.slug}`));
    expect(channel.item[0]?.description).toContain("Ledger &amp; Co");
    expect(JSON.stringify(channel)).not.toContain(closed.id);
  });

  it("serve the same listings as valid JSON Feed 1.1", async () => {
    const response = await jsonFeed(get("/feeds/jobs.json"));
    expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = jsonFeedSchema.parse(await response.json());
    expect(feed.items.map((i) => i.id)).toEqual([listingGuid(staff.id), listingGuid(senior.id)]);
    expect(feed.feed_url).toBe(absoluteUrl("/feeds/jobs.json"));
  });

  it("narrow to a search: only matching listings, and the feed names its search", async () => {
    const rss = parseRss(await (await rssFeed(get(`/feeds/jobs.rss?level=${staffLevel}`))).text()).rss.channel;
    expect(rss.item.map((i) => i.title)).toEqual([`${staff.title} at Ledger & Co`]);
    expect(rss.title).toContain("Staff");
    expect(rss.link).toBe(absoluteUrl(`/jobs?level=${staffLevel}`));

    const json = jsonFeedSchema.parse(await (await jsonFeed(get(`/feeds/jobs.json?q=observability`))).json());
    expect(json.items.map((i) => i.title)).toEqual([`${senior.title} at Ledger & Co`]);
    expect(json.feed_url).toBe(absoluteUrl("/feeds/jobs.json?q=observability"));
  });

  it("refuse an invalid parameter with a 400 that names it", async () => {
    const response = await rssFeed(get("/feeds/jobs.rss?minPay=lots"));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^minPay: /m);
  });

  it("answer 304 when the reader already has this version", async () => {
    const first = await jsonFeed(get("/feeds/jobs.json"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await jsonFeed(get("/feeds/jobs.json", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("send Last-Modified, the newest change of the listings in the feed, and answer If-Modified-Since", async () => {
    const first = await rssFeed(get("/feeds/jobs.rss"));
    const lastModified = first.headers.get("last-modified")!;
    // The newest listing was published (and confirmed) a day ago; HTTP dates are whole seconds.
    const newest = await db.listing.findUniqueOrThrow({ where: { id: staff.id } });
    expect(lastModified).toBe(new Date(Math.floor(newest.confirmedAt!.getTime() / 1000) * 1000).toUTCString());
    expect(first.headers.get("access-control-expose-headers")).toBe("ETag");

    const since = (date: string, extra: Record<string, string> = {}) =>
      rssFeed(get("/feeds/jobs.rss", { "if-modified-since": date, ...extra }));
    const unchanged = await since(lastModified);
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("last-modified")).toBe(lastModified);
    expect(await unchanged.text()).toBe("");
    expect((await since(new Date(Date.parse(lastModified) + 60_000).toUTCString())).status).toBe(304);
    expect((await since(new Date(Date.parse(lastModified) - 1000).toUTCString())).status).toBe(200);
    expect((await since("not a date")).status).toBe(200);
    // If-None-Match decides when both are sent: a stale ETag gets the body whatever the date says.
    expect((await since(lastModified, { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("move Last-Modified when a listing leaves the feed, though the ones left did not change", async () => {
    const before = (await jsonFeed(get("/feeds/jobs.json"))).headers.get("last-modified")!;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await moveListing("expire", { listingId: senior.id, actor: SYSTEM_ACTOR });

    const after = await jsonFeed(get("/feeds/jobs.json", { "if-modified-since": before }));
    expect(after.status).toBe(200);
    expect(Date.parse(after.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(before));
    expect(jsonFeedSchema.parse(await after.json()).items.map((i) => i.id)).toEqual([listingGuid(staff.id)]);
  });

  it("count a listing whose date has passed as a change before the expiry job has run", async () => {
    const company = await createCompany();
    const passed = new Date(Date.now() - 60_000);
    await createListing(company.id, { publishedAt: new Date(Date.now() - 30 * DAY), confirmedAt: null, expiresAt: passed });
    const response = await rssFeed(get("/feeds/jobs.rss"));
    expect(response.headers.get("last-modified")).toBe(new Date(Math.floor(passed.getTime() / 1000) * 1000).toUTCString());
  });
});
