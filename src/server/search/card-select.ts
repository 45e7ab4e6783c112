import type { Prisma } from "@/generated/prisma/client";

// What a search result carries: everything a listing card shows (the same fields as the home page's
// cards, so ListingCard renders it) plus what API clients and feeds need to filter and link.
export const searchItemSelect = {
  id: true,
  slug: true,
  title: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  annualUsdMin: true,
  annualUsdMax: true,
  worldwide: true,
  eligibleRegions: true,
  eligibleCountries: true,
  tzWindowStartUtc: true,
  tzWindowEndUtc: true,
  tzRequiredOverlapHours: true,
  engagementModel: true,
  visaPolicy: true,
  publishedAt: true,
  confirmedAt: true,
  expiresAt: true,
  company: { select: { name: true, slug: true, industry: { select: { slug: true, name: true } } } },
  level: { select: { slug: true, name: true, rank: true } },
  skills: { select: { skill: { select: { slug: true, name: true } } }, orderBy: { skill: { name: "asc" } } },
} satisfies Prisma.ListingSelect;

export type SearchItem = Prisma.ListingGetPayload<{ select: typeof searchItemSelect }>;
