import "server-only";
import { queryToSearchParams, searchQuerySchema, type SearchQuery } from "@/lib/schemas/search";
import { timezoneOffsetMinutes } from "@/lib/utc-offset";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { suggestSearchText } from "./did-you-mean";
import { searchFacets, searchListings, type SearchItem, type SearchResult } from "./search";

// Search results cached across visitors, keyed by the canonical URL form of the query. Approving a
// listing (or anything else that changes the live set) expires LISTINGS_TAG at once. Expiry is a matter
// of time rather than an event, so rows past their expiry are dropped when read (below), and entries
// are refreshed at least every REVALIDATE_SECONDS.

const REVALIDATE_SECONDS = 300;

// The key is "<canonical params>#<UTC offset>": a zone's offset changes with daylight saving, and so do
// the results.
const parse = (key: string) => queryFromCanonical(key.slice(0, key.lastIndexOf("#")));

const runPage = cachedFunction(async (key: string) => searchListings(parse(key)), ["search-page-v5"], {
  tags: [LISTINGS_TAG],
  revalidate: REVALIDATE_SECONDS,
});
const runFacets = cachedFunction(async (key: string) => searchFacets(parse(key)), ["search-facets-v3"], {
  tags: [LISTINGS_TAG],
  revalidate: REVALIDATE_SECONDS,
});

// "Did you mean" is asked only for searches that found nothing; the answer changes with the live set.
const runSuggestion = cachedFunction(async (key: string) => suggestSearchText(parse(key)), ["search-suggestion-v1"], {
  tags: [LISTINGS_TAG],
  revalidate: REVALIDATE_SECONDS,
});

/**
 * A search in its canonical URL form, the data cache's key for it (here and for the personal match order):
 * "all of these skills" is kept, since it changes the results; the cursor and limit only for a later page.
 */
export function canonicalSearchParams(query: SearchQuery, withCursor: boolean): URLSearchParams {
  const params = queryToSearchParams(query, { withCursor, withLimit: withCursor });
  if (query.skillMatch === "all") params.set("skillMatch", "all");
  return params;
}

/** The query back from canonicalSearchParams' string form (repeated keys kept as lists). */
export function queryFromCanonical(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  return searchQuerySchema.parse(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])));
}

function cacheKey(query: SearchQuery, withCursor: boolean): string {
  return `${canonicalSearchParams(query, withCursor).toString()}#${query.tz ? timezoneOffsetMinutes(query.tz) : ""}`;
}

/** searchListings through the data cache (one page; facets separately, shared by every page). */
export async function cachedSearchListings(query: SearchQuery, options: { facets?: boolean } = {}): Promise<SearchResult> {
  const [result, facets] = await Promise.all([
    runPage(cacheKey(query, true)),
    options.facets ? runFacets(cacheKey({ ...query, sort: undefined }, false)) : undefined,
  ]);
  const now = Date.now();
  const items = result.items.map(reviveItem).filter((item) => item.expiresAt === null || item.expiresAt.getTime() > now);
  return { ...result, items, ...(facets ?? {}) };
}

function reviveItem(item: SearchItem): SearchItem {
  return {
    ...item,
    publishedAt: reviveDate(item.publishedAt),
    confirmedAt: reviveDate(item.confirmedAt),
    expiresAt: reviveDate(item.expiresAt),
  };
}

/** The corrected search text for a query that found nothing (docs/decisions/013-did-you-mean.md), or null. */
export async function cachedSearchSuggestion(query: SearchQuery): Promise<string | null> {
  if (!query.q) return null;
  return runSuggestion(cacheKey({ ...query, sort: undefined }, false));
}
