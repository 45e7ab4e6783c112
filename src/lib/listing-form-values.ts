import type { Prisma } from "@/generated/prisma/client";
import type { SalaryPeriod } from "@/generated/prisma/enums";
import { listingFactsSelect, type ListingFacts } from "@/lib/listing-facts";
import { formatUtcMinutes } from "@/lib/timezones";

// A stored listing as the posting form's fields hold it: strings, and arrays for repeated keys — the
// same shape the form posts, so editing starts from exactly what a submission would send back.

type StoredListing = ListingFacts & {
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
  eligibleStates: string[];
  eligibleProvinces: string[];
  applicationsCloseOn: Date | null;
  aiScreening: boolean | null;
  existingVacancy: boolean | null;
  tzWindowStartUtc: number | null;
  tzWindowEndUtc: number | null;
  tzRequiredOverlapHours: number;
  visaPolicy: string;
  engagementModel: string;
  skills: { skill: { id: string } }[];
};

const yesNo = (answer: boolean | null) => (answer === null ? "" : answer ? "yes" : "no");

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
    eligibleStates: listing.eligibleStates,
    eligibleProvinces: listing.eligibleProvinces,
    applicationsCloseOn: listing.applicationsCloseOn ? listing.applicationsCloseOn.toISOString().slice(0, 10) : "",
    aiScreening: yesNo(listing.aiScreening),
    existingVacancy: yesNo(listing.existingVacancy),
    tzWindowStartUtc: listing.tzWindowStartUtc === null ? "" : formatUtcMinutes(listing.tzWindowStartUtc),
    tzWindowEndUtc: listing.tzWindowEndUtc === null ? "" : formatUtcMinutes(listing.tzWindowEndUtc),
    tzRequiredOverlapHours: String(listing.tzRequiredOverlapHours),
    visaPolicy: listing.visaPolicy,
    engagementModel: listing.engagementModel,
    skills: listing.skills.map((s) => s.skill.id),
    ...factFormValues(listing),
  };
  // An unticked checkbox is absent from a posted form.
  if (listing.worldwide) values.worldwide = "on";
  return values;
}

/** The role at a glance as the form's fields: the interview stages are one text area, a stage per line. */
function factFormValues(facts: ListingFacts): Record<string, string | string[]> {
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    scalePeakRps: text(facts.scalePeakRps),
    scaleDataVolume: text(facts.scaleDataVolume),
    scaleServices: text(facts.scaleServices),
    ownershipKind: text(facts.ownershipKind),
    firstSixMonths: text(facts.firstSixMonths),
    teamSize: text(facts.teamSize),
    reportsTo: text(facts.reportsTo),
    engineersServed: text(facts.engineersServed),
    onCall: text(facts.onCall),
    onCallRotationWeeks: text(facts.onCallRotationWeeks),
    interviewStages: facts.interviewStages.join("\n"),
    interviewHours: text(facts.interviewHours),
    takeHome: text(facts.takeHome),
    systemDesignRound: yesNo(facts.systemDesignRound),
    decisionStyles: facts.decisionStyles,
  };
}

/** The columns the posting form holds, for reading a listing into it (and comparing versions). */
export const listingFormSelect = {
  title: true,
  levelId: true,
  description: true,
  benefits: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  equity: true,
  bonus: true,
  worldwide: true,
  eligibleRegions: true,
  eligibleCountries: true,
  eligibleStates: true,
  eligibleProvinces: true,
  applicationsCloseOn: true,
  aiScreening: true,
  existingVacancy: true,
  tzWindowStartUtc: true,
  tzWindowEndUtc: true,
  tzRequiredOverlapHours: true,
  visaPolicy: true,
  engagementModel: true,
  skills: { select: { skill: { select: { id: true } } } },
  ...listingFactsSelect,
} as const satisfies Prisma.ListingSelect;

/** Form values stored as JSON (a waiting edit); anything unexpected in the column reads as none. */
export function formValuesFrom(value: Prisma.JsonValue | null): Record<string, string | string[]> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const values: Record<string, string | string[]> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string") values[key] = v;
    else if (Array.isArray(v)) values[key] = v.filter((x): x is string => typeof x === "string");
  }
  return values;
}
