import { feedPath } from "@/lib/feeds/feed-urls";
import { queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";

/**
 * "Follow this search" for the /jobs page: visible links to the search's RSS and JSON feeds. The matching
 * <link rel="alternate"> tags are the page's metadata (src/lib/seo/search-metadata.ts).
 */
export function SearchFeedLinks({ query }: { query: SearchQuery }) {
  const params = queryToSearchParams({ ...query, sort: undefined });
  const rss = feedPath("rss", params);
  const json = feedPath("json", params);
  return (
    <p className="text-sm text-ink-muted">
      Follow this search:{" "}
      <a className="link" href={rss}>
        RSS feed
      </a>{" "}
      ·{" "}
      <a className="link" href={json}>
        JSON Feed
      </a>{" "}
      · {/* A candidate's account page; signing in first when needed. */}
      <a className="link" href={params.size ? `/account/searches/new?${params.toString()}` : "/account/searches/new"}>
        Save this search
      </a>
    </p>
  );
}
