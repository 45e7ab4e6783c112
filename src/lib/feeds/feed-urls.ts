// Where the job feeds live. Both accept the /jobs search parameters, so a search's feed is its URL's
// parameters on a feed path.

export type FeedFormat = "rss" | "json";

const FEED_PATHS: Record<FeedFormat, string> = { rss: "/feeds/jobs.rss", json: "/feeds/jobs.json" };

/** The feed URL for a search's parameters (pass them canonical: no sort, cursor or page size). */
export function feedPath(format: FeedFormat, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${FEED_PATHS[format]}?${query}` : FEED_PATHS[format];
}
