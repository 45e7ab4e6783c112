import type { VisaPolicy } from "@/generated/prisma/enums";
import { countryName } from "@/lib/countries";
import { listText } from "@/lib/format";
import { formatUtcMinutes } from "@/lib/timezones";
import { windowLength } from "@/lib/utc-time";

// Can this candidate take this job from where they live and work? One pure function answers it; the
// search filter (src/server/search/eligibility-sql.ts) runs the country and timezone rules in SQL, and a
// property test holds the two together.
//
// The candidate's working day is the one on their profile, in their own timezone, 09:00–17:00 unless they
// say otherwise (CANDIDATE_DAY_*). It overlaps the listing's UTC window by some minutes; the listing asks for
// at least tzRequiredOverlapHours of them. The search filter has no profile to read and assumes the default.

const CANDIDATE_DAY_START = 9 * 60;
export const CANDIDATE_DAY_LENGTH = 8 * 60;
const DAY = 24 * 60;

export type Verdict = "eligible" | "check" | "not_eligible";
/** The profile field that would settle a rule answered "check" for want of it (the UI links to it). */
export type ProfileField = "country" | "timezone" | "workAuthorizations";
export type RuleOutcome = { verdict: Verdict; reason: string; fix?: ProfileField };

export type ListingRules = {
  worldwide: boolean;
  eligibleRegions: readonly string[];
  eligibleCountries: readonly string[];
  tzWindowStartUtc: number | null;
  tzWindowEndUtc: number | null;
  tzRequiredOverlapHours: number;
  visaPolicy: VisaPolicy;
};

export type Candidate = {
  /** ISO alpha-2 country of residence; null when unknown. */
  country: string | null;
  /** Minutes east of UTC in force now (see src/lib/utc-offset.ts); null when unknown. */
  utcOffsetMinutes: number | null;
  /** Countries the candidate may already work in. */
  workAuthorizations: readonly string[];
  /** Their working day in local minutes after midnight; 09:00–17:00 when absent. */
  workDay?: WorkDay;
};

export type WorkDay = { startMinutes: number; lengthMinutes: number };
const DEFAULT_WORK_DAY: WorkDay = { startMinutes: CANDIDATE_DAY_START, lengthMinutes: CANDIDATE_DAY_LENGTH };

export type Region = { code: string; name?: string; countries: readonly string[] };

export type EligibilityResult = {
  verdict: Verdict;
  country: RuleOutcome;
  timezone: RuleOutcome;
  authorisation: RuleOutcome;
};

const mod = (n: number, m: number) => ((n % m) + m) % m;

/** Minutes shared by two daily windows (start 0..1439, length in minutes); either may cross midnight. */
export function overlapMinutes(aStart: number, aLength: number, bStart: number, bLength: number): number {
  let total = 0;
  for (const shift of [-DAY, 0, DAY]) {
    total += Math.max(0, Math.min(aStart + aLength, bStart + shift + bLength) - Math.max(aStart, bStart + shift));
  }
  return total;
}

/** The candidate's day (09:00–17:00 unless given) as a start in UTC minutes. */
export function candidateDayStartUtc(utcOffsetMinutes: number, localStartMinutes = CANDIDATE_DAY_START): number {
  return mod(localStartMinutes - utcOffsetMinutes, DAY);
}

/** Region codes among `regions` whose member countries include `country`. */
function regionsContaining(country: string, regions: Iterable<Region>): string[] {
  return [...regions].filter((r) => r.countries.includes(country)).map((r) => r.code);
}

/** Whether a country may apply at all: worldwide, a named region containing it, or named itself. */
function countryAllowed(rules: ListingRules, country: string, regions: Iterable<Region>): boolean {
  if (rules.worldwide || rules.eligibleCountries.includes(country)) return true;
  const containing = new Set(regionsContaining(country, regions));
  return rules.eligibleRegions.some((code) => containing.has(code));
}

function countryRule(rules: ListingRules, candidate: Candidate, regions: readonly Region[]): RuleOutcome {
  if (rules.worldwide) return { verdict: "eligible", reason: "The role is open to candidates in any country." };
  if (!candidate.country)
    return {
      verdict: "check",
      reason: "Add your country to your profile to see whether this role is open to you.",
      fix: "country",
    };
  const name = countryName(candidate.country);
  if (rules.eligibleCountries.includes(candidate.country))
    return { verdict: "eligible", reason: `The role is open to candidates in ${name}.` };
  const region = regions.find((r) => rules.eligibleRegions.includes(r.code) && r.countries.includes(candidate.country!));
  if (region) return { verdict: "eligible", reason: `${name} is part of ${region.name ?? region.code}, where the role is open.` };
  return { verdict: "not_eligible", reason: `The role is not open to candidates in ${name}.` };
}

const hours = (minutes: number) => {
  const h = Math.round((minutes / 60) * 10) / 10;
  return `${h} ${h === 1 ? "hour" : "hours"}`;
};

/** Overlap in minutes between the candidate's day and the listing's window; null when either is unknown. */
function candidateOverlapMinutes(rules: ListingRules, utcOffsetMinutes: number, day: WorkDay = DEFAULT_WORK_DAY): number | null {
  if (rules.tzWindowStartUtc === null || rules.tzWindowEndUtc === null) return null;
  const length = windowLength(rules.tzWindowStartUtc, rules.tzWindowEndUtc);
  return overlapMinutes(
    candidateDayStartUtc(utcOffsetMinutes, day.startMinutes),
    day.lengthMinutes,
    rules.tzWindowStartUtc,
    length,
  );
}

/** Whether the timezone rule passes: no window, no required overlap, or enough overlap. */
function timezoneAllowed(rules: ListingRules, utcOffsetMinutes: number): boolean {
  const overlap = candidateOverlapMinutes(rules, utcOffsetMinutes);
  return overlap === null || overlap >= rules.tzRequiredOverlapHours * 60;
}

function timezoneRule(rules: ListingRules, candidate: Candidate): RuleOutcome {
  if (rules.tzWindowStartUtc === null || rules.tzWindowEndUtc === null) {
    return { verdict: "eligible", reason: "The team works in any timezone." };
  }
  const window = `${formatUtcMinutes(rules.tzWindowStartUtc)}–${formatUtcMinutes(rules.tzWindowEndUtc)} UTC`;
  const required = rules.tzRequiredOverlapHours * 60;
  if (candidate.utcOffsetMinutes === null) {
    return required > 0
      ? {
          verdict: "check",
          reason: `Add your timezone to your profile: the role asks for ${hours(required)} of overlap with ${window}.`,
          fix: "timezone",
        }
      : { verdict: "eligible", reason: `The team works ${window} and asks for no fixed overlap.` };
  }
  const day = candidate.workDay ?? DEFAULT_WORK_DAY;
  const overlap = candidateOverlapMinutes(rules, candidate.utcOffsetMinutes, day) ?? 0;
  const yourDay = `your ${formatUtcMinutes(day.startMinutes)}–${formatUtcMinutes(day.startMinutes + day.lengthMinutes)}`;
  if (overlap >= required) {
    return required > 0
      ? {
          verdict: "eligible",
          reason: `${capitalise(yourDay)} shares ${hours(overlap)} with the team's ${window}; ${hours(required)} are required.`,
        }
      : { verdict: "eligible", reason: `The team works ${window} and asks for no fixed overlap.` };
  }
  if (overlap > 0) {
    return {
      verdict: "check",
      reason: `${capitalise(yourDay)} shares only ${hours(overlap)} with the team's ${window}; ${hours(required)} are required, so you would shift your hours.`,
    };
  }
  return {
    verdict: "not_eligible",
    reason: `${capitalise(yourDay)} does not overlap the team's ${window}; ${hours(required)} of overlap are required.`,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function authorisationRule(rules: ListingRules, candidate: Candidate, regions: readonly Region[]): RuleOutcome {
  if (rules.visaPolicy === "NOT_REQUIRED")
    return { verdict: "eligible", reason: "No local work permit is needed for this engagement." };
  const authorised = candidate.workAuthorizations.filter((c) => countryAllowed(rules, c, regions));
  if (authorised.length > 0) {
    return {
      verdict: "eligible",
      reason: `You are authorised to work in ${listText(authorised.map(countryName))}, where the role is open.`,
    };
  }
  if (rules.visaPolicy === "WILL_SPONSOR") {
    return { verdict: "check", reason: "You may need a visa or work permit; the company sponsors one." };
  }
  return candidate.workAuthorizations.length === 0
    ? {
        verdict: "check",
        reason:
          "The company does not sponsor visas: you must already be authorised to work in an eligible country. Add your work authorisations to your profile.",
        fix: "workAuthorizations",
      }
    : {
        verdict: "check",
        reason:
          "The company does not sponsor visas, and none of your work authorisations is for a country where the role is open.",
      };
}

const rank: Record<Verdict, number> = { eligible: 0, check: 1, not_eligible: 2 };

/** The verdict for one candidate and one listing, with the reason for each rule. */
export function assessEligibility(rules: ListingRules, candidate: Candidate, regions: readonly Region[]): EligibilityResult {
  const country = countryRule(rules, candidate, regions);
  const timezone = timezoneRule(rules, candidate);
  const authorisation = authorisationRule(rules, candidate, regions);
  const worst = [country, timezone, authorisation].reduce((a, b) => (rank[b.verdict] > rank[a.verdict] ? b : a));
  return { verdict: worst.verdict, country, timezone, authorisation };
}

/**
 * What the search filter keeps: the country rule passes (when a country is given) and the timezone rule
 * passes (when an offset is given). Work authorisation never hides a listing; it only asks to check.
 */
export function matchesEligibilityFilter(
  rules: ListingRules,
  filter: { country: string | null; utcOffsetMinutes: number | null },
  regions: readonly Region[],
): boolean {
  if (filter.country !== null && !countryAllowed(rules, filter.country, regions)) return false;
  if (filter.utcOffsetMinutes !== null && !timezoneAllowed(rules, filter.utcOffsetMinutes)) return false;
  return true;
}
