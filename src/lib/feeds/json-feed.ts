import type { Feed } from "@/lib/feeds/feed";

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version, title and items are required; each item
// needs an id and content_html or content_text. Dates are RFC 3339.

const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export type JsonFeed = {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    tags: string[];
  }[];
};

export function buildJsonFeed(feed: Feed): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language: "en",
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.datePublished.toISOString(),
      date_modified: item.dateModified.toISOString(),
      tags: item.tags,
    })),
  };
}
