import type { Metadata } from "next";
import { feedPath } from "@/lib/feeds/feed-urls";
import { queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";
import { pageMetadata } from "./metadata";

// Metadata of the /jobs search page. Search engines index one page, the plain list: every variant (a
// query, a filter, a sort, a page size, a later page, a mangled parameter) says `noindex, follow` and names
// /jobs as canonical, so crawlers still follow its links to listings without indexing endless
// combinations. Feed readers take the first <link rel="alternate"> of a page, so the search's own feeds
// are the page's only ones (for the plain list they are the site feeds the other pages announce).

export const JOBS_PAGE = {
  title: "Search remote backend architect jobs",
  description:
    "Filter remote backend architect roles by level, skills, pay, and whether you can take them from your country and timezone.",
  path: "/jobs",
};

/** True when the URL asks for exactly the plain list (unknown parameters such as utm_* do not count). */
export function isPlainJobList(query: SearchQuery, parameterErrors: number): boolean {
  return parameterErrors === 0 && queryToSearchParams(query, { withCursor: true, withLimit: true }).size === 0;
}

export function searchPageMetadata(query: SearchQuery, options: { parameterErrors: number; feedTitle: string }): Metadata {
  const base = pageMetadata(JOBS_PAGE);
  // The feed follows what the search finds, not how the page orders or pages it (src/server/feeds/job-feed.ts).
  const params = queryToSearchParams({ ...query, sort: undefined });
  return {
    ...base,
    alternates: {
      canonical: JOBS_PAGE.path,
      types: {
        "application/rss+xml": [{ url: feedPath("rss", params), title: `${options.feedTitle} (RSS)` }],
        "application/feed+json": [{ url: feedPath("json", params), title: `${options.feedTitle} (JSON Feed)` }],
      },
    },
    ...(isPlainJobList(query, options.parameterErrors) ? {} : { robots: { index: false, follow: true } }),
  };
}
