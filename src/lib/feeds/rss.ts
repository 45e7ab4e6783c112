import { feedUpdated, type Feed } from "@/lib/feeds/feed";
import { escapeXml } from "@/lib/seo/escape";

// RSS 2.0 (https://www.rssboard.org/rss-specification). Every text value goes through escapeXml; dates
// are RFC 822 as the spec asks (Date#toUTCString gives "Sat, 28 Nov 2026 14:00:00 GMT").

const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

export function buildRss(feed: Feed): string {
  const updated = feedUpdated(feed);
  const items = feed.items.map((item) =>
    [
      "<item>",
      el("title", item.title),
      el("link", item.url),
      `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
      el("pubDate", item.datePublished.toUTCString()),
      el("description", item.contentHtml),
      ...item.tags.map((tag) => el("category", tag)),
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    el("title", feed.title),
    el("link", feed.homePageUrl),
    el("description", feed.description),
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    el("language", "en"),
    ...(updated ? [el("lastBuildDate", updated.toUTCString())] : []),
    el("ttl", "30"),
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}
