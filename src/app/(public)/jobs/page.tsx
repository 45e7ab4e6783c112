import type { Metadata } from "next";
import { SearchFeedLinks } from "@/components/feeds/search-feed-links";
import { activeFilterChips, searchHref } from "@/components/search/active-filters";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchFormShell } from "@/components/search/search-form-shell";
import { SearchResults } from "@/components/search/search-results";
import { Button, Input } from "@/components/ui";
import { countryCodeFor } from "@/lib/countries";
import { ValidationError } from "@/lib/errors";
import { searchFeedTitle, vocabularyNames } from "@/lib/feeds/describe-search";
import { searchParamsToQuery, type SearchParamError, type SearchQuery } from "@/lib/schemas/search";
import { searchPageMetadata } from "@/lib/seo/search-metadata";
import { cachedSearchListings, cachedSearchSuggestion } from "@/server/search/cached";
import type { SearchResult } from "@/server/search/search";
import { getCachedRegionNames, getSearchVocabulary } from "@/server/search/options";

/** The country field is free text (src/components/search/place-fields.tsx): a name becomes its code. */
function countryByName(raw: Record<string, string | string[] | undefined>) {
  const { country } = raw;
  return typeof country === "string" ? { ...raw, country: countryCodeFor(country) ?? country } : raw;
}

/**
 * "Best match for me" (`sort=match`, decision 035) is the signed-in candidate's own order: the shared page
 * renders the newest roles and a prompt, and an island asks /api/me/jobs for the candidate's order. The
 * match order's cursor is the island's, so the shared search starts from its first page.
 */
function splitBestMatch(raw: Record<string, string | string[] | undefined>) {
  const sort = Array.isArray(raw.sort) ? raw.sort[0] : raw.sort;
  if (sort !== "match") return { shared: raw, bestMatch: undefined };
  const cursor = Array.isArray(raw.cursor) ? raw.cursor[0] : raw.cursor;
  return { shared: { ...raw, sort: undefined, cursor: undefined }, bestMatch: { cursor: cursor || undefined } };
}

/** Canonical /jobs, `noindex` for every variant of it, and the search's own feeds (src/lib/seo/search-metadata.ts). */
export async function generateMetadata({ searchParams }: PageProps<"/jobs">): Promise<Metadata> {
  const parsed = searchParamsToQuery(countryByName(splitBestMatch(await searchParams).shared));
  const vocabulary = await getSearchVocabulary();
  return searchPageMetadata(parsed.query, {
    parameterErrors: parsed.errors.length,
    feedTitle: searchFeedTitle(parsed.query, vocabularyNames(vocabulary)),
  });
}

/** The results; a cursor from another sort or a mangled link gives the first page and says why. */
async function searchOrFirstPage(
  query: SearchQuery,
): Promise<{ result: SearchResult; query: SearchQuery; cursorError?: SearchParamError }> {
  try {
    return { result: await cachedSearchListings(query, { facets: true }), query };
  } catch (error) {
    if (!(error instanceof ValidationError) || !query.cursor) throw error;
    const first = { ...query, cursor: undefined };
    return {
      result: await cachedSearchListings(first, { facets: true }),
      query: first,
      cursorError: { parameter: "cursor", message: error.message },
    };
  }
}

// Whole-page render, no Suspense (docs/decisions/005), the same for every visitor (decision 011): it reads
// the URL and the shared data cache, never the session. The signed-in candidate's profile defaults are an
// island in the filters.
export default async function JobsPage({ searchParams }: PageProps<"/jobs">) {
  const { shared, bestMatch } = splitBestMatch(await searchParams);
  const parsed = searchParamsToQuery(countryByName(shared));
  const [{ result, query, cursorError }, vocabulary, regionNames] = await Promise.all([
    searchOrFirstPage(parsed.query),
    getSearchVocabulary(),
    getCachedRegionNames(),
  ]);
  const errors = cursorError ? [...parsed.errors, cursorError] : parsed.errors;
  // A search that found nothing may be a typo: "Did you mean …?" (docs/decisions/013-did-you-mean.md).
  const suggestion = result.items.length === 0 && !query.cursor ? await cachedSearchSuggestion(query) : null;
  const filterCount = activeFilterChips({ ...query, q: undefined }, vocabulary).length;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">Remote backend architect jobs</h1>
        <p className="max-w-2xl text-ink-muted">
          Narrow the list to roles you can take from where you live and work. Every filter shows how many roles it leaves.
        </p>
        <SearchFeedLinks query={query} />
      </header>

      <SearchFormShell action="/jobs" className="flex flex-col gap-4">
        <div className="flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search roles
          </label>
          <Input
            id="search-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            placeholder="Kafka, payments, event sourcing…"
            maxLength={200}
            className="min-w-0 flex-1"
          />
          <Button type="submit">Search</Button>
        </div>
        <a href="#results" className="sr-only focus:not-sr-only focus:self-start focus:rounded-md focus:px-2 focus:py-1">
          Skip to results
        </a>
        <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start lg:gap-8">
          <SearchFilters
            query={query}
            vocabulary={vocabulary}
            facets={result.facets}
            partial={result.partialFacets}
            uncounted={result.uncountedFacets}
            activeCount={filterCount}
          />
          <SearchResults
            query={query}
            result={result}
            vocabulary={vocabulary}
            regionNames={regionNames}
            errors={errors}
            suggestion={suggestion}
            bestMatch={bestMatch}
            clearHref={searchHref({
              ...query,
              q: undefined,
              level: [],
              skill: [],
              minPay: undefined,
              country: undefined,
              tz: undefined,
              industry: [],
              engagement: [],
              visa: [],
              takeHome: [],
              onCall: [],
              ownership: [],
              teamSize: [],
              postedWithinDays: undefined,
              sort: undefined,
            })}
          />
        </div>
      </SearchFormShell>
    </div>
  );
}
