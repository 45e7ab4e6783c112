import "server-only";
import { describeSearch, searchFeedTitle, vocabularyNames } from "@/lib/feeds/describe-search";
import type { Feed } from "@/lib/feeds/feed";
import { feedPath, type FeedFormat } from "@/lib/feeds/feed-urls";
import { listingFeedItem } from "@/lib/feeds/listing-item";
import { parseSearchParams, queryToSearchParams, SEARCH_LIMIT_MAX, type SearchParamError } from "@/lib/schemas/search";
import { absoluteUrl, listingPath } from "@/lib/site-url";
import { cachedSearchListings } from "@/server/search/cached";
import { getSearchVocabulary } from "@/server/search/options";

// The job feed for any search: the /jobs query parameters, parsed by the same schema as the page and the
// API, newest first. Without parameters it is the feed of all open roles.

export async function loadJobFeed(
  params: URLSearchParams,
  format: FeedFormat,
): Promise<{ ok: true; feed: Feed } | { ok: false; errors: SearchParamError[] }> {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return parsed;
  // Feeds are read newest first and whole: the sort, cursor and page size of the page do not apply.
  const query = { ...parsed.query, sort: "newest" as const, cursor: undefined, limit: SEARCH_LIMIT_MAX };
  const [result, vocabulary] = await Promise.all([cachedSearchListings(query), getSearchVocabulary()]);
  const regionNames = new Map(vocabulary.regions.map((r) => [r.code, r.name]));
  const canonical = queryToSearchParams({ ...query, sort: undefined });
  const names = vocabularyNames(vocabulary);
  const searched = describeSearch(query, names);
  const now = new Date();
  return {
    ok: true,
    feed: {
      title: searchFeedTitle(query, names),
      description: searched
        ? `The newest remote backend architect roles on Backplane matching ${searched}, with pay and who can apply.`
        : "The newest remote backend architect roles on Backplane, with pay and who can apply.",
      homePageUrl: absoluteUrl(canonical.size ? `/jobs?${canonical.toString()}` : "/jobs"),
      feedUrl: absoluteUrl(feedPath(format, canonical)),
      items: result.items.map((item) => listingFeedItem(item, { url: absoluteUrl(listingPath(item.slug)), regionNames, now })),
    },
  };
}
