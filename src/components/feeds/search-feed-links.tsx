import { feedPath } from "@/lib/feeds/feed-urls";
import { queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";

/**
 * "Follow this search" for the /jobs page: visible links to the search's RSS and JSON feeds, and the
 * matching <link rel="alternate"> tags (React places <link> elements in the document head).
 */
export function SearchFeedLinks({ query }: { query: SearchQuery }) {
  const params = queryToSearchParams({ ...query, sort: undefined });
  const rss = feedPath("rss", params);
  const json = feedPath("json", params);
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title="This search (RSS)" href={rss} />
      <link rel="alternate" type="application/feed+json" title="This search (JSON Feed)" href={json} />
      <p className="text-sm text-ink-muted">
        Follow this search:{" "}
        <a className="link" href={rss}>
          RSS feed
        </a>{" "}
        ·{" "}
        <a className="link" href={json}>
          JSON Feed
        </a>
      </p>
    </>
  );
}
