import { EU_COUNTRIES } from "@/lib/countries";
import { USD_PER_UNIT } from "@/lib/exchange-rates";
import { isSupportedCurrency } from "@/lib/exchange-rates";
import { PERIODS_PER_YEAR, type PayPeriod } from "@/lib/pay";
import { describesBenefits } from "./benefits";
import { PAY_TRANSPARENCY_RULES, type PayTransparencyRule, type Requirement, type RuleScope } from "./rules";

// Which rules a listing falls under, and whether it meets them. Pure: the caller expands regions into
// their countries first. A listing open to a whole country (worldwide, the country itself, or a region
// containing it, with no states or provinces named) falls under every state's or province's rule there.

export type Reach = {
  worldwide: boolean;
  /** Eligible countries, regions already expanded. */
  countries: readonly string[];
  /** US states the listing is limited to; empty means the whole US (when the US is eligible). */
  states: readonly string[];
  /** Canadian provinces the listing is limited to; empty means the whole of Canada. */
  provinces: readonly string[];
};

export type PayTransparencyListing = Reach & {
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  salaryPeriod?: PayPeriod | null;
  benefits?: string | null;
  applicationsCloseOn?: Date | null;
  aiScreening?: boolean | null;
  existingVacancy?: boolean | null;
};

/** The form field a requirement's problem is shown beside. */
export const REQUIREMENT_FIELD: Readonly<Record<Requirement, string>> = {
  payRange: "salaryMax",
  benefits: "benefits",
  closeDate: "applicationsCloseOn",
  ontarioSpread: "salaryMax",
  aiScreening: "aiScreening",
  existingVacancy: "existingVacancy",
};

/** How each requirement reads in the list shown to employers and candidates. */
export const REQUIREMENT_LABEL: Readonly<Record<Requirement, string>> = {
  payRange: "a minimum and maximum pay",
  benefits: "a description of benefits",
  closeDate: "the date applications close",
  ontarioSpread: "a range no wider than C$50,000 (unless the top is over C$200,000)",
  aiScreening: "whether AI screens applicants",
  existingVacancy: "whether the role is an existing vacancy",
};

const EU = new Set<string>(EU_COUNTRIES);
export const ONTARIO_MAX_SPREAD_CAD = 50_000;
export const ONTARIO_EXEMPT_ABOVE_CAD = 200_000;

function covers(reach: Reach, scope: RuleScope): boolean {
  if ("union" in scope) return reach.worldwide || reach.countries.some((c) => EU.has(c));
  if (!reach.worldwide && !reach.countries.includes(scope.country)) return false;
  const limitedTo = scope.country === "US" ? reach.states : reach.provinces;
  return limitedTo.length === 0 || limitedTo.includes(scope.subdivision);
}

/** "2026-12-01" for a day, in UTC; rules' effective dates compare as such strings. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export type ApplicableRule = { rule: PayTransparencyRule; inForce: boolean };

/** Every rule the reach brings, in the table's order, with whether it is in force on `today`. */
export function rulesFor(reach: Reach, today: Date): ApplicableRule[] {
  const day = isoDay(today);
  return PAY_TRANSPARENCY_RULES.filter((rule) => covers(reach, rule.scope)).map((rule) => ({
    rule,
    inForce: rule.effectiveFrom <= day,
  }));
}

/** A yearly amount in Canadian dollars, through the fixed reference rates (src/lib/exchange-rates.ts). */
export function annualCad(amount: number, currency: string, period: PayPeriod): number | null {
  if (!isSupportedCurrency(currency) || PERIODS_PER_YEAR[period] === undefined) return null;
  const yearly = amount * PERIODS_PER_YEAR[period];
  return currency === "CAD" ? yearly : Math.round((yearly * USD_PER_UNIT[currency]) / USD_PER_UNIT.CAD);
}

function meets(listing: PayTransparencyListing, requirement: Requirement): boolean {
  const { salaryMin: min, salaryMax: max } = listing;
  switch (requirement) {
    case "payRange":
      return typeof min === "number" && typeof max === "number" && min > 0 && min <= max;
    case "benefits":
      return describesBenefits(listing.benefits);
    case "closeDate":
      return listing.applicationsCloseOn instanceof Date;
    case "aiScreening":
      return typeof listing.aiScreening === "boolean";
    case "existingVacancy":
      return typeof listing.existingVacancy === "boolean";
    case "ontarioSpread": {
      if (typeof min !== "number" || typeof max !== "number" || !listing.salaryCurrency || !listing.salaryPeriod) return false;
      const low = annualCad(min, listing.salaryCurrency, listing.salaryPeriod);
      const high = annualCad(max, listing.salaryCurrency, listing.salaryPeriod);
      if (low === null || high === null) return false;
      return high > ONTARIO_EXEMPT_ABOVE_CAD || high - low <= ONTARIO_MAX_SPREAD_CAD;
    }
  }
}

export type RuleResult = ApplicableRule & { unmet: Requirement[] };

/** Each rule the listing falls under, with the requirements it does not meet (none: it meets the rule). */
export function evaluateListing(listing: PayTransparencyListing, today: Date): RuleResult[] {
  return rulesFor(listing, today).map((applicable) => ({
    ...applicable,
    unmet: applicable.rule.requires.filter((r) => !meets(listing, r)),
  }));
}

const places = (rules: PayTransparencyRule[]) => {
  const names = rules.map((r) => r.place);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
};

const MESSAGES: Readonly<Record<Requirement, (where: string) => string>> = {
  payRange: (where) => `Give a minimum and a maximum pay (${where} require a real range, never “and up”).`,
  benefits: (where) =>
    `Describe the benefits in concrete words — health cover, paid leave, retirement, equipment — not a slogan (${where} require it).`,
  closeDate: (where) => `Give the date applications close (${where} require it).`,
  ontarioSpread: (where) =>
    `Narrow the range to at most C$50,000 between bottom and top, or a top above C$200,000 (${where} require it; amounts converted at the reference rates).`,
  aiScreening: (where) => `Say whether AI screens, assesses or selects applicants (${where} require it).`,
  existingVacancy: (where) => `Say whether this is an existing vacancy (${where} require it).`,
};

/**
 * The problems that keep a listing from being saved: every unmet requirement of a rule in force, one
 * message per field naming the places that ask for it.
 */
export function payTransparencyProblems(listing: PayTransparencyListing, today: Date): Record<string, string[]> {
  const byRequirement = new Map<Requirement, PayTransparencyRule[]>();
  for (const result of evaluateListing(listing, today)) {
    if (!result.inForce) continue;
    for (const r of result.unmet) byRequirement.set(r, [...(byRequirement.get(r) ?? []), result.rule]);
  }
  const problems: Record<string, string[]> = {};
  for (const [requirement, rules] of byRequirement) {
    const field = REQUIREMENT_FIELD[requirement];
    problems[field] = [...(problems[field] ?? []), MESSAGES[requirement](places(rules))];
  }
  return problems;
}
