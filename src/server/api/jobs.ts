import "server-only";
import type { ApiJob, ApiJobDetail } from "@/lib/schemas/api-job";
import { ENGAGEMENT_SLUGS, VISA_SLUGS } from "@/lib/schemas/search";
import { absoluteUrl, listingPath } from "@/lib/site-url";
import { formatUtcMinutes } from "@/lib/timezones";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { readDb } from "@/server/db-read";
import { searchItemSelect, type SearchItem } from "@/server/search/card-select";
import { toApiFacts } from "./job-facts";
import { liveListingWhere } from "@/server/listings/visibility";

// The public API's view of a listing: a stable JSON shape (src/lib/schemas/api-job.ts), not our tables.

const slugFor = <T extends string>(slugs: Record<string, T>, value: T) => Object.keys(slugs).find((k) => slugs[k] === value)!;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toApiJob(item: SearchItem): ApiJob {
  const window =
    item.tzWindowStartUtc === null || item.tzWindowEndUtc === null
      ? null
      : { start: formatUtcMinutes(item.tzWindowStartUtc), end: formatUtcMinutes(item.tzWindowEndUtc) };
  return {
    id: item.id,
    slug: item.slug,
    url: absoluteUrl(listingPath(item.slug)),
    title: item.title,
    company: { name: item.company.name, slug: item.company.slug, industry: item.company.industry },
    level: { slug: item.level.slug, name: item.level.name },
    pay: {
      min: item.salaryMin,
      max: item.salaryMax,
      currency: item.salaryCurrency,
      period: item.salaryPeriod,
      annualUsdMin: item.annualUsdMin,
      annualUsdMax: item.annualUsdMax,
    },
    eligibility: {
      worldwide: item.worldwide,
      regions: item.eligibleRegions,
      countries: item.eligibleCountries,
      workingWindowUtc: window,
      requiredOverlapHours: item.tzRequiredOverlapHours,
      visaPolicy: slugFor(VISA_SLUGS, item.visaPolicy) as ApiJob["eligibility"]["visaPolicy"],
    },
    engagementModel: slugFor(ENGAGEMENT_SLUGS, item.engagementModel) as ApiJob["engagementModel"],
    skills: item.skills.map((s) => s.skill),
    facts: toApiFacts(item),
    publishedAt: iso(item.publishedAt),
    expiresAt: iso(item.expiresAt),
  };
}

const detailSelect = {
  ...searchItemSelect,
  description: true,
  benefits: true,
  equity: true,
  bonus: true,
  eligibleStates: true,
  eligibleProvinces: true,
  existingVacancy: true,
  aiScreening: true,
  applicationsCloseOn: true,
};

const findDetail = cachedFunction(
  async (idOrSlug: string) =>
    readDb().listing.findFirst({
      where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...liveListingWhere() },
      select: detailSelect,
    }),
  ["api-job-detail-v4"],
  { tags: [LISTINGS_TAG], revalidate: 300 },
);

/** The live listing with this id or slug in the API's shape, or null (unknown, unpublished or ended). */
export async function findApiJob(idOrSlug: string): Promise<ApiJobDetail | null> {
  const found = await findDetail(idOrSlug);
  if (!found) return null;
  const expiresAt = reviveDate(found.expiresAt);
  if (expiresAt && expiresAt.getTime() <= Date.now()) return null;
  const item = { ...found, expiresAt, publishedAt: reviveDate(found.publishedAt), confirmedAt: reviveDate(found.confirmedAt) };
  const job = toApiJob(item);
  const closes = reviveDate(found.applicationsCloseOn);
  return {
    ...job,
    eligibility: { ...job.eligibility, states: item.eligibleStates, provinces: item.eligibleProvinces },
    description: item.description,
    benefits: item.benefits,
    equity: item.equity,
    bonus: item.bonus,
    disclosures: {
      existingVacancy: item.existingVacancy,
      aiScreening: item.aiScreening,
      applicationsCloseOn: closes ? closes.toISOString().slice(0, 10) : null,
    },
  };
}
