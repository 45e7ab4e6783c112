// A job feed as data, independent of its format: RSS 2.0 (rss.ts) and JSON Feed 1.1 (json-feed.ts) are
// both built from this, so the two always carry the same items.

export type FeedItem = {
  /** Stable across edits and slug changes: derived from the listing's id. */
  id: string;
  url: string;
  title: string;
  /** One plain-text line: company, level, pay, where from. */
  summary: string;
  /** The same facts and the listing's text as simple, escaped HTML. */
  contentHtml: string;
  datePublished: Date;
  dateModified: Date;
  tags: string[];
};

export type Feed = {
  title: string;
  description: string;
  /** The page the feed mirrors (/jobs, with the same search). */
  homePageUrl: string;
  /** This feed's own URL, in the format being served. */
  feedUrl: string;
  items: FeedItem[];
};

/** "urn:backplane:listing:<id>": a GUID no slug or domain change can alter. */
export function listingGuid(id: string): string {
  return `urn:backplane:listing:${id}`;
}

/** The newest change among the items (the feed's "last built"); null for an empty feed. */
export function feedUpdated(feed: Feed): Date | null {
  let newest: Date | null = null;
  for (const item of feed.items) if (!newest || item.dateModified > newest) newest = item.dateModified;
  return newest;
}
