import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { listingCardView } from "@/lib/listing-card-view";
import { assessMatch, type MatchListing, type MatchResult } from "@/lib/match";
import type { SearchQuery } from "@/lib/schemas/search";
import { timezoneOffsetMinutes } from "@/lib/utc-offset";
import type { ViewerMatchPage } from "@/lib/viewer";
import type { Actor } from "@/server/auth/session";
import { cachedFunction } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { getCandidateMatchProfile, readCandidateMatchProfile } from "@/server/candidates/match-profile";
import { db } from "@/server/db";
import { liveListingWhere } from "@/server/listings/visibility";
import { canonicalSearchParams, queryFromCanonical } from "@/server/search/cached";
import { matchListings } from "@/server/search/match";
import { matchSqlCandidate } from "@/server/search/match-sql";
import { getCachedRegionNames, getSearchVocabulary } from "@/server/search/options";

// The personal match for the islands (decision 035): only ever about the signed-in candidate asking,
// computed from their own profile; other visitors get nothing.

/** At most this many listings per /api/me/matches question: a page of cards, never a crawl. */
export const MATCH_IDS_MAX = 50;

const matchSelect = {
  id: true,
  worldwide: true,
  eligibleRegions: true,
  eligibleCountries: true,
  tzWindowStartUtc: true,
  tzWindowEndUtc: true,
  tzRequiredOverlapHours: true,
  visaPolicy: true,
  levelId: true,
  level: { select: { name: true } },
  skills: { select: { skill: { select: { id: true, name: true } } }, orderBy: { skill: { name: "asc" } } },
  annualUsdMin: true,
  annualUsdMax: true,
  onCall: true,
  takeHome: true,
} satisfies Prisma.ListingSelect;

type MatchRow = Prisma.ListingGetPayload<{ select: typeof matchSelect }>;

const toMatchListing = (row: MatchRow): MatchListing => ({
  ...row,
  levelName: row.level.name,
  skills: row.skills.map((s) => s.skill),
});

/** Live listings among the ids, with what the match reads. */
async function loadMatchListings(ids: readonly string[]): Promise<MatchRow[]> {
  if (ids.length === 0) return [];
  return db.listing.findMany({ where: { id: { in: [...ids] }, ...liveListingWhere() }, select: matchSelect });
}

/** The candidate's match with each live listing among `ids` (at most MATCH_IDS_MAX); empty for anyone else. */
export async function describeViewerMatches(actor: Actor | null, ids: readonly string[]): Promise<Record<string, MatchResult>> {
  const profile = await getCandidateMatchProfile(actor);
  if (!profile) return {};
  const [rows, { regions }] = await Promise.all([loadMatchListings(ids.slice(0, MATCH_IDS_MAX)), getSearchVocabulary()]);
  return Object.fromEntries(rows.map((row) => [row.id, assessMatch(toMatchListing(row), profile.candidate, regions)]));
}

/** The candidate's match with one listing (its page's island); null for anyone else or a listing not live. */
export async function describeViewerMatch(actor: Actor | null, listingId: string): Promise<MatchResult | null> {
  return (await describeViewerMatches(actor, [listingId]))[listingId] ?? null;
}

// One page of the candidate's order, cached per candidate and profile version (an edit of the profile
// moves its updatedAt, so the next page asks afresh) and by LISTINGS_TAG like every search page.
const runMatchPage = cachedFunction(
  async (userId: string, _version: string, _offset: string, key: string): Promise<ViewerMatchPage> => {
    const query = queryFromCanonical(key);
    const now = new Date();
    const [profile, { regions }, regionNames] = await Promise.all([
      readCandidateMatchProfile(userId, now),
      getSearchVocabulary(),
      getCachedRegionNames(),
    ]);
    const page = await matchListings(query, matchSqlCandidate(profile.candidate, regions), { now });
    const rows = new Map((await loadMatchListings(page.items.map((i) => i.id))).map((r) => [r.id, r]));
    const items = page.items.flatMap((item) => {
      const row = rows.get(item.id);
      if (!row) return [];
      return [
        { card: listingCardView(item, regionNames, now), match: assessMatch(toMatchListing(row), profile.candidate, regions) },
      ];
    });
    return { items, nextCursor: page.nextCursor };
  },
  ["match-page-v1"],
  { tags: [LISTINGS_TAG], revalidate: 300 },
);

/**
 * One page of live listings in the signed-in candidate's best-match order, each with its match; null for
 * anyone who is not a candidate. Throws ValidationError (naming `cursor`) for a cursor of another sort.
 */
export async function viewerMatchPage(actor: Actor | null, query: SearchQuery): Promise<ViewerMatchPage | null> {
  const profile = await getCandidateMatchProfile(actor);
  if (!actor || !profile) return null;
  const params = canonicalSearchParams({ ...query, sort: undefined }, true);
  // The working day's place in UTC moves with daylight saving, and with it the verdicts.
  const offset = profile.candidate.utcOffsetMinutes === null ? "" : String(profile.candidate.utcOffsetMinutes);
  const tzOffset = query.tz ? String(timezoneOffsetMinutes(query.tz)) : "";
  return runMatchPage(actor.id, profile.version, `${offset}/${tzOffset}`, params.toString());
}
