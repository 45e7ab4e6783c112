import type { SalaryPeriod } from "@/generated/prisma/enums";
import { formatUtcMinutes } from "@/lib/timezones";

// A stored listing as the posting form's fields hold it: strings, and arrays for repeated keys — the
// same shape the form posts, so editing starts from exactly what a submission would send back.

type StoredListing = {
  title: string;
  levelId: string;
  description: string;
  benefits: string | null;
  salaryMin: number;
  salaryMax: number;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  equity: string | null;
  bonus: string | null;
  worldwide: boolean;
  eligibleRegions: string[];
  eligibleCountries: string[];
  tzWindowStartUtc: number | null;
  tzWindowEndUtc: number | null;
  tzRequiredOverlapHours: number;
  visaPolicy: string;
  engagementModel: string;
  skills: { skill: { id: string } }[];
};

export function listingFormValues(listing: StoredListing): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    title: listing.title,
    levelId: listing.levelId,
    description: listing.description,
    benefits: listing.benefits ?? "",
    salaryMin: String(listing.salaryMin),
    salaryMax: String(listing.salaryMax),
    salaryCurrency: listing.salaryCurrency,
    salaryPeriod: listing.salaryPeriod,
    equity: listing.equity ?? "",
    bonus: listing.bonus ?? "",
    eligibleRegions: listing.eligibleRegions,
    eligibleCountries: listing.eligibleCountries,
    tzWindowStartUtc: listing.tzWindowStartUtc === null ? "" : formatUtcMinutes(listing.tzWindowStartUtc),
    tzWindowEndUtc: listing.tzWindowEndUtc === null ? "" : formatUtcMinutes(listing.tzWindowEndUtc),
    tzRequiredOverlapHours: String(listing.tzRequiredOverlapHours),
    visaPolicy: listing.visaPolicy,
    engagementModel: listing.engagementModel,
    skills: listing.skills.map((s) => s.skill.id),
  };
  // An unticked checkbox is absent from a posted form.
  if (listing.worldwide) values.worldwide = "on";
  return values;
}
