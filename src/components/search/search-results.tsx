import Link from "next/link";
import { ListingCard } from "@/components/listings/listing-card";
import { BestMatchResults } from "@/components/match/best-match-results";
import { bestMatchParams } from "@/components/match/match-links";
import { listingCardView } from "@/lib/listing-card-view";
import { EmptyState, Select } from "@/components/ui";
import { plural } from "@/lib/format";
import { RANK_CANDIDATES } from "@/lib/search-limits";
import {
  effectiveSort,
  queryToSearchParams,
  type SearchParamError,
  type SearchQuery,
  type SearchSort,
} from "@/lib/schemas/search";
import type { SearchVocabulary } from "@/server/search/options";
import type { SearchResult } from "@/server/search/search";
import { ActiveFilters, activeFilterChips, searchHref } from "./active-filters";
import { DidYouMean } from "./did-you-mean";
import { SearchParamErrors } from "./param-errors";

type Props = {
  query: SearchQuery;
  result: SearchResult;
  vocabulary: SearchVocabulary;
  regionNames: ReadonlyMap<string, string>;
  errors: SearchParamError[];
  /** The corrected search text when this one found nothing and looks like a typo. */
  suggestion?: string | null;
  clearHref: string;
  /** "Best match for me" was chosen: the island orders the results for a signed-in candidate (decision 035). */
  bestMatch?: { cursor?: string };
};

const SORT_LABELS: Record<SearchSort, string> = { relevance: "Best match", newest: "Newest", pay: "Highest pay" };

/**
 * Each order once; "Best match" only with search text. The default one has no value, so the URL leaves it
 * out. "Best match for me" is the candidate's own order, offered to everyone (the page is shared).
 */
function SortControl({ query, bestMatch }: { query: SearchQuery; bestMatch: boolean }) {
  const fallback: SearchSort = query.q ? "relevance" : "newest";
  const sorts: SearchSort[] = query.q ? ["relevance", "newest", "pay"] : ["newest", "pay"];
  const current = bestMatch ? "match" : effectiveSort(query);
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="search-sort" className="whitespace-nowrap text-ink-muted">
        Sort by
      </label>
      <Select id="search-sort" name="sort" defaultValue={current === fallback ? "" : current} className="w-auto min-h-9 py-1">
        {sorts.map((sort) => (
          <option key={sort} value={sort === fallback ? "" : sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
        <option value="match">Best match for me</option>
      </Select>
    </div>
  );
}

function NextPage({ query, cursor }: { query: SearchQuery; cursor: string | null }) {
  const params = queryToSearchParams(query, { withLimit: true });
  if (!query.country) params.set("country", "");
  if (!query.tz) params.set("tz", "");
  return (
    <nav aria-label="More results" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      {query.cursor ? (
        <Link className="link" href={`/jobs?${params.toString()}`}>
          Back to the first page
        </Link>
      ) : (
        <span />
      )}
      {cursor ? (
        <Link className="link font-medium" href={`/jobs?${params.toString()}&cursor=${encodeURIComponent(cursor)}`} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}

/** The results column: count, sort, active filters, cards and the way to the next page. */
export function SearchResults({ query, result, vocabulary, regionNames, errors, suggestion, clearHref, bestMatch }: Props) {
  const now = new Date();
  const chips = activeFilterChips(query, vocabulary);
  const list = (
    <>
      {result.items.length === 0 ? (
        <EmptyState
          title={query.cursor ? "No more roles" : "No roles match all of these filters"}
          description={
            chips.length > 0
              ? "Remove a filter above to widen the search, or start again with every open role."
              : "New roles appear here as soon as a moderator approves them."
          }
          action={
            <Link className="link font-medium" href={query.cursor ? searchHref(query) : clearHref}>
              {query.cursor ? "Back to the first page" : "Show every open role"}
            </Link>
          }
        />
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Search results">
          {result.items.map((listing) => (
            <li key={listing.id}>
              <ListingCard card={listingCardView(listing, regionNames, now)} />
            </li>
          ))}
        </ol>
      )}
      <NextPage query={query} cursor={result.nextCursor} />
    </>
  );
  return (
    <section aria-labelledby="results-heading" id="results" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="results-heading" className="text-xl font-semibold text-ink" aria-live="polite">
          {result.total === undefined
            ? "Roles"
            : `${result.totalAtLeast ? `${result.total.toLocaleString("en-US")}+ roles` : plural(result.total, "role")} ${chips.length > 0 ? "match" : "open"}`}
        </h2>
        <SortControl query={query} bestMatch={bestMatch !== undefined} />
      </div>
      <ActiveFilters query={query} vocabulary={vocabulary} clearHref={clearHref} />
      {result.sort === "relevance" && result.totalAtLeast ? (
        <p className="text-sm text-ink-muted">
          {`Best match among the newest ${RANK_CANDIDATES.toLocaleString("en-US")} matching roles; add words or filters to reach older ones.`}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <SearchParamErrors title="Some of the search could not be used and was left out:" errors={errors} />
      ) : null}

      {suggestion ? <DidYouMean query={query} suggestion={suggestion} /> : null}
      {bestMatch ? (
        <BestMatchResults params={bestMatchParams(query)} cursor={bestMatch.cursor}>
          {list}
        </BestMatchResults>
      ) : (
        list
      )}
    </section>
  );
}
