import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { listingFactsSelect } from "@/lib/listing-facts";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { readDb } from "@/server/db-read";
import { liveListingWhere } from "@/server/listings/visibility";

// Every public read filters with liveListingWhere (published, unexpired, company active), so a
// suspension or an expiry hides a listing at once, even before the expiry job flips its status.

/** Everything a listing card shows; search results extend it (src/server/search/card-select.ts). */
export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  worldwide: true,
  eligibleRegions: true,
  eligibleCountries: true,
  tzWindowStartUtc: true,
  tzWindowEndUtc: true,
  tzRequiredOverlapHours: true,
  engagementModel: true,
  // The card's key facts ("No take-home", "No on-call"; decision 031).
  takeHome: true,
  onCall: true,
  ownershipKind: true,
  publishedAt: true,
  confirmedAt: true,
  company: { select: { id: true, name: true, slug: true, verifiedAt: true, logoVersion: true } },
  level: { select: { slug: true, name: true, rank: true } },
  skills: { select: { skill: { select: { slug: true, name: true } } }, orderBy: { skill: { name: "asc" } } },
} satisfies Prisma.ListingSelect;

export type ListingCardData = Prisma.ListingGetPayload<{ select: typeof cardSelect }>;

function liveAtLevel(levelSlug?: string): Prisma.ListingWhereInput {
  return { ...liveListingWhere(), ...(levelSlug ? { level: { slug: levelSlug } } : {}) };
}

/** The newest live listings, optionally at one seniority level (by level slug). */
export async function listNewestPublishedListings(
  options: { levelSlug?: string; limit?: number } = {},
): Promise<ListingCardData[]> {
  const { levelSlug, limit = 30 } = options;
  return readDb().listing.findMany({
    where: liveAtLevel(levelSlug),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
}

/** Everything a listing page shows; moderators preview listings with the same selection. */
export const listingDetailSelect = {
  ...cardSelect,
  levelId: true, // salary bands are keyed by level id
  description: true,
  benefits: true,
  equity: true,
  bonus: true,
  annualUsdMin: true,
  annualUsdMax: true,
  visaPolicy: true,
  expiresAt: true,
  eligibleStates: true,
  eligibleProvinces: true,
  applicationsCloseOn: true,
  aiScreening: true,
  existingVacancy: true,
  salaryProvidedAt: true,
  ...listingFactsSelect,
  company: {
    select: {
      id: true,
      name: true,
      slug: true,
      logoVersion: true,
      website: true,
      size: true,
      headquarters: true,
      remoteModel: true,
      meetingStyle: true,
      coreOverlapHours: true,
      offsitesPerYear: true,
      remotePolicy: true,
      description: true,
      verifiedDomain: true,
      industry: { select: { slug: true, name: true } },
    },
  },
  level: { select: { slug: true, name: true, rank: true, typicalYearsMin: true, typicalYearsMax: true } },
} satisfies Prisma.ListingSelect;

export type PublicListingDetail = Prisma.ListingGetPayload<{ select: typeof listingDetailSelect }>;

// Shared by every visitor in Next's data cache; approving (or any change to the live set) expires
// LISTINGS_TAG. Expiry is time, not an event, so it is checked again on every read below.
const findLiveBySlug = cachedFunction(
  async (slug: string) => readDb().listing.findFirst({ where: { slug, ...liveListingWhere() }, select: listingDetailSelect }),
  ["listing-detail-v5"],
  { tags: [LISTINGS_TAG], revalidate: 300 },
);

/** The live listing with this slug, or null when it does not exist or is not public. Once per request. */
export const findPublishedListing = cache(async (slug: string): Promise<PublicListingDetail | null> => {
  const found = await findLiveBySlug(slug);
  if (!found) return null;
  const listing = {
    ...found,
    publishedAt: reviveDate(found.publishedAt),
    confirmedAt: reviveDate(found.confirmedAt),
    expiresAt: reviveDate(found.expiresAt),
    applicationsCloseOn: reviveDate(found.applicationsCloseOn),
    salaryProvidedAt: reviveDate(found.salaryProvidedAt),
  };
  return listing.expiresAt && listing.expiresAt.getTime() <= Date.now() ? null : listing;
});

export type RegionInfo = { code: string; name: string; countries: string[] };

const allRegions = cachedFunction(
  async () => readDb().region.findMany({ select: { code: true, name: true, countries: true } }),
  ["regions-v1"],
  { tags: [LISTINGS_TAG], revalidate: 3600 },
);

/** Every region by code. The table is small and changes rarely; cached across requests. */
export const getRegions = cache(async (): Promise<Map<string, RegionInfo>> => {
  const regions = await allRegions();
  return new Map(regions.map((r) => [r.code, r]));
});

/** Region code -> name, for eligibility text. */
export async function getRegionNames(): Promise<Map<string, string>> {
  const regions = await getRegions();
  return new Map([...regions].map(([code, r]) => [code, r.name]));
}
