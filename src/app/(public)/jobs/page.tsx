import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SearchFeedLinks } from "@/components/feeds/search-feed-links";
import { searchHref } from "@/components/search/active-filters";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchFormShell } from "@/components/search/search-form-shell";
import { SearchResults } from "@/components/search/search-results";
import { COMMON_TIMEZONES } from "@/lib/common-timezones";
import { ValidationError } from "@/lib/errors";
import { searchParamsToQuery, type SearchParamError, type SearchQuery } from "@/lib/schemas/search";
import { getActor } from "@/server/auth/session";
import { getCandidateEligibilityProfile } from "@/server/candidates/eligibility-profile";
import { cachedSearchListings } from "@/server/search/cached";
import type { SearchResult } from "@/server/search/search";
import { getCachedRegionNames, getSearchVocabulary } from "@/server/search/options";

export const metadata: Metadata = {
  title: "Search remote backend architect jobs",
  description:
    "Filter remote backend architect roles by level, skills, pay, and whether you can take them from your country and timezone.",
};

type RawParams = Record<string, string | string[] | undefined>;

function toSearchParams(raw: RawParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
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

// Whole-page render, no Suspense (docs/decisions/005). The results come from the shared data cache; the
// visitor's own part (profile defaults) is read per request.
export default async function JobsPage({ searchParams }: PageProps<"/jobs">) {
  await connection();
  const raw = await searchParams;
  const profile = await getCandidateEligibilityProfile(await getActor());

  // A signed-in candidate starts from their profile's country and timezone; the URL then says so, so
  // the page stays shareable. Once either key is in the URL (even blank: cleared), it is the visitor's.
  if (profile && (profile.country || profile.timezone) && !("country" in raw) && !("tz" in raw)) {
    const params = toSearchParams(raw);
    params.delete("cursor");
    params.set("country", profile.country ?? "");
    params.set("tz", profile.timezone ?? "");
    redirect(`/jobs?${params.toString()}`);
  }

  const parsed = searchParamsToQuery(raw);
  const [{ result, query, cursorError }, vocabulary, regionNames] = await Promise.all([
    searchOrFirstPage(parsed.query),
    getSearchVocabulary(),
    getCachedRegionNames(),
  ]);
  const errors = cursorError ? [...parsed.errors, cursorError] : parsed.errors;
  const fromProfile =
    profile && (query.country === profile.country || query.tz === profile.timezone) && (query.country || query.tz);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">Remote backend architect jobs</h1>
        <p className="max-w-2xl text-ink-muted">
          Narrow the list to roles you can take from where you live and work. Every filter shows how many roles it leaves.
        </p>
        <SearchFeedLinks query={query} />
      </header>

      <SearchFormShell
        action="/jobs"
        current={toSearchParams(raw).toString()}
        className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start"
      >
        <div className="flex flex-col gap-4 lg:sticky lg:top-6">
          <SearchFilters
            query={query}
            vocabulary={vocabulary}
            facets={result.facets}
            timezones={COMMON_TIMEZONES}
            profileNote={fromProfile ? "Filled in from your profile; change or clear them for this search." : undefined}
          />
        </div>
        <SearchResults
          query={query}
          result={result}
          vocabulary={vocabulary}
          regionNames={regionNames}
          errors={errors}
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
            postedWithinDays: undefined,
            sort: undefined,
          })}
        />
      </SearchFormShell>
    </div>
  );
}
