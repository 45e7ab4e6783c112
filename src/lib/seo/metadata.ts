import type { Metadata } from "next";
import { ALL_JOBS_FEED_TITLE } from "@/lib/feeds/describe-search";

// Page metadata for public pages: a canonical URL, Open Graph and Twitter cards, and the site's job feeds.
// Next merges metadata one top-level key at a time, so a page that sets `openGraph` or `alternates`
// replaces the layout's whole object: pages build theirs here, complete, instead of by hand.

export const SITE_NAME = "Backplane";

/** Feeds of all open roles, announced from every public page (<link rel="alternate">), titled for feed readers. */
export const SITE_FEED_TYPES = {
  "application/rss+xml": [{ url: "/feeds/jobs.rss", title: `${ALL_JOBS_FEED_TITLE} (RSS)` }],
  "application/feed+json": [{ url: "/feeds/jobs.json", title: `${ALL_JOBS_FEED_TITLE} (JSON Feed)` }],
};

/** `absoluteTitle` skips the layout's "… · Backplane" template (the home page names the site itself). */
export function pageMetadata(page: { title: string; description: string; path: string; absoluteTitle?: boolean }): Metadata {
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: page.path, types: { ...SITE_FEED_TYPES } },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: "en",
      title: page.title,
      description: page.description,
      url: page.path,
    },
    twitter: { card: "summary", title: page.title, description: page.description },
  };
}
