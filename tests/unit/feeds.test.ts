import { describe, expect, it } from "vitest";
import { listingGuid, type Feed } from "@/lib/feeds/feed";
import { feedPath } from "@/lib/feeds/feed-urls";
import { buildJsonFeed } from "@/lib/feeds/json-feed";
import { listingFeedItem, type FeedListing } from "@/lib/feeds/listing-item";
import { NO_FACTS } from "@/lib/listing-facts";
import { buildRss } from "@/lib/feeds/rss";
import { escapeXml } from "@/lib/seo/escape";
import { jsonFeedSchema, parseRss } from "../setup/feed-schemas";

const listing: FeedListing = {
  ...NO_FACTS,
  id: "clx1",
  title: `Staff Architect <Payments> & "Ledger"`,
  salaryMin: 95,
  salaryMax: 120,
  salaryCurrency: "EUR",
  salaryPeriod: "HOUR",
  worldwide: false,
  eligibleRegions: ["eu"],
  eligibleCountries: ["GB"],
  tzWindowStartUtc: 420,
  tzWindowEndUtc: 960,
  tzRequiredOverlapHours: 4,
  engagementModel: "CONTRACTOR",
  visaPolicy: "NOT_REQUIRED",
  publishedAt: new Date("2026-11-20T10:00:00Z"),
  confirmedAt: new Date("2026-11-25T08:30:00Z"),
  company: { name: "Ledger & Co" },
  level: { name: "Staff" },
  skills: [{ skill: { name: "Go" } }, { skill: { name: "Kafka" } }],
};

const item = listingFeedItem(listing, {
  url: "https://backplane.example/jobs/staff-architect-x1",
  regionNames: new Map([["eu", "European Union"]]),
  now: new Date("2026-11-28T00:00:00Z"),
});

const feed: Feed = {
  title: "Backplane jobs: “kafka” & more",
  description: "Newest roles",
  homePageUrl: "https://backplane.example/jobs?q=kafka&level=staff",
  feedUrl: "https://backplane.example/feeds/jobs.rss?q=kafka&level=staff",
  items: [item],
};

describe("a listing as a feed item", () => {
  it("says company, level, pay as stated and who can apply, with a GUID from the id", () => {
    expect(item.id).toBe(listingGuid("clx1"));
    expect(item.title).toBe(`Staff Architect <Payments> & "Ledger" at Ledger & Co`);
    expect(item.summary).toBe("Ledger & Co · Staff · €95 – €120 an hour · Remote: EU, GB");
    expect(item.contentHtml).toContain("<li><strong>Company:</strong> Ledger &amp; Co</li>");
    expect(item.contentHtml).toContain("<li><strong>Working hours:</strong> 07:00–16:00 UTC · 4h overlap</li>");
    expect(item.datePublished.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(item.dateModified.toISOString()).toBe("2026-11-25T08:30:00.000Z");
    expect(item.tags).toEqual(["Staff", "Go", "Kafka"]);
  });
});

describe("RSS 2.0", () => {
  it("is well-formed, has the required channel and item elements, and round-trips markup characters", () => {
    const rss = parseRss(buildRss(feed));
    const channel = rss.rss.channel;
    expect(channel.title).toBe(feed.title);
    expect(channel.link).toBe(feed.homePageUrl);
    expect(channel.item).toHaveLength(1);
    const [parsed] = channel.item;
    expect(parsed?.title).toBe(item.title);
    expect(parsed?.guid["#text"]).toBe(item.id);
    expect(parsed?.pubDate).toBe("Fri, 20 Nov 2026 10:00:00 GMT");
    expect(parsed?.description).toBe(item.contentHtml);
  });

  it("announces its own URL and leaves out a build date when empty", () => {
    const xml = buildRss({ ...feed, items: [] });
    expect(xml).toContain(`<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`);
    expect(xml).not.toContain("lastBuildDate");
    expect(parseRss(xml).rss.channel.item).toEqual([]);
  });

  it("drops characters XML cannot hold instead of breaking the feed", () => {
    const xml = buildRss({ ...feed, items: [{ ...item, title: "Bad\u0000byte\u0008here" }] });
    expect(parseRss(xml).rss.channel.item[0]?.title).toBe("Badbytehere");
  });
});

describe("JSON Feed 1.1", () => {
  it("has the spec's required fields and ours", () => {
    const json = buildJsonFeed(feed);
    expect(jsonFeedSchema.safeParse(json).error).toBeUndefined();
    expect(json.items[0]).toMatchObject({
      id: item.id,
      url: item.url,
      date_published: "2026-11-20T10:00:00.000Z",
      content_html: item.contentHtml,
    });
  });
});

describe("feed URLs", () => {
  it("carry the search's parameters", () => {
    expect(feedPath("rss", new URLSearchParams())).toBe("/feeds/jobs.rss");
    expect(feedPath("json", new URLSearchParams("q=kafka&level=staff"))).toBe("/feeds/jobs.json?q=kafka&level=staff");
  });
});
