import type { Prisma } from "@/generated/prisma/client";
import { listingFactsSelect } from "@/lib/listing-facts";
import { cardSelect } from "@/server/listings/public";

// What a search result carries: everything a listing card shows (so ListingCard renders it) plus what
// API clients and feeds need to filter and link.
export const searchItemSelect = {
  ...cardSelect,
  annualUsdMin: true,
  annualUsdMax: true,
  visaPolicy: true,
  expiresAt: true,
  ...listingFactsSelect,
  company: {
    select: {
      id: true,
      name: true,
      slug: true,
      verifiedAt: true,
      logoVersion: true,
      industry: { select: { slug: true, name: true } },
    },
  },
} satisfies Prisma.ListingSelect;

export type SearchItem = Prisma.ListingGetPayload<{ select: typeof searchItemSelect }>;
