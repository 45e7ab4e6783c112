// Pay-transparency rules by place, as data: where each applies, its source, when it took (or takes)
// effect, and what a posting must carry. Compiled from shared/docs/pay-transparency.md (December 2026);
// not legal advice. Where that table names only a month or a year, the first day of it is used. Only what
// a form can check is listed under `requires`; the rest of a law (pay-history questions, which no form
// here asks, or the 45-day outcome notice) lives elsewhere. See docs/decisions/030-pay-transparency.md.

/** What a rule asks of a posting, each checked by evaluate.ts. */
export type Requirement =
  /** A numeric minimum and maximum (equal for a fixed amount); never open-ended ("and up"). */
  | "payRange"
  /** A general description of benefits and other pay that says something concrete (see benefits.ts). */
  | "benefits"
  /** The date applications close. */
  | "closeDate"
  /** A spread of at most C$50,000 unless the top of the range is above C$200,000. */
  | "ontarioSpread"
  /** Whether AI screens, assesses or selects applicants. */
  | "aiScreening"
  /** Whether the posting is for an existing vacancy. */
  | "existingVacancy";

/** Where a rule applies: a US state or Canadian province (a city counts under its state), or the EU. */
export type RuleScope = { country: "US" | "CA"; subdivision: string } | { union: "EU" };

export type PayTransparencyRule = {
  id: string;
  place: string;
  scope: RuleScope;
  /** The law, as named by the compiled table. */
  source: string;
  /** ISO date; the rule is enforced from this day (UTC). */
  effectiveFrom: string;
  requires: readonly Requirement[];
};

const SOURCE_DOC = "shared/docs/pay-transparency.md";
const us = (subdivision: string): RuleScope => ({ country: "US", subdivision });
const ca = (subdivision: string): RuleScope => ({ country: "CA", subdivision });

export const PAY_TRANSPARENCY_SOURCE = SOURCE_DOC;

export const PAY_TRANSPARENCY_RULES: readonly PayTransparencyRule[] = [
  {
    id: "us-co",
    place: "Colorado",
    scope: us("CO"),
    source: "Colorado Equal Pay for Equal Work Act (2021, amended 2024)",
    effectiveFrom: "2021-01-01",
    requires: ["payRange", "benefits", "closeDate"],
  },
  {
    id: "us-ca",
    place: "California",
    scope: us("CA"),
    source: "California pay-scale disclosure (2023; SB 642, 2026)",
    effectiveFrom: "2023-01-01",
    requires: ["payRange"],
  },
  {
    id: "us-wa",
    place: "Washington",
    scope: us("WA"),
    source: "Washington pay-transparency law (2023; SSB 5408, 2025)",
    effectiveFrom: "2023-01-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "us-nyc",
    place: "New York City",
    scope: us("NY"),
    source: "New York City pay-transparency law (2022)",
    effectiveFrom: "2022-01-01",
    requires: ["payRange"],
  },
  {
    id: "us-ny",
    place: "New York State",
    scope: us("NY"),
    source: "New York State pay-transparency law (2023)",
    effectiveFrom: "2023-01-01",
    requires: ["payRange"],
  },
  {
    id: "us-hi",
    place: "Hawaii",
    scope: us("HI"),
    source: "Hawaii pay-transparency law (2024)",
    effectiveFrom: "2024-01-01",
    requires: ["payRange"],
  },
  {
    id: "us-il",
    place: "Illinois",
    scope: us("IL"),
    source: "Illinois Equal Pay Act pay-scale amendment (2025)",
    effectiveFrom: "2025-01-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "us-md",
    place: "Maryland",
    scope: us("MD"),
    source: "Maryland wage-range transparency law (October 2024)",
    effectiveFrom: "2024-10-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "us-dc",
    place: "District of Columbia",
    scope: us("DC"),
    source: "District of Columbia wage-transparency law (2024)",
    effectiveFrom: "2024-01-01",
    requires: ["payRange"],
  },
  {
    id: "us-mn",
    place: "Minnesota",
    scope: us("MN"),
    source: "Minnesota pay-transparency law (2025)",
    effectiveFrom: "2025-01-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "us-vt",
    place: "Vermont",
    scope: us("VT"),
    source: "Vermont pay-transparency law (2025)",
    effectiveFrom: "2025-01-01",
    requires: ["payRange"],
  },
  {
    id: "us-ma",
    place: "Massachusetts",
    scope: us("MA"),
    source: "Massachusetts pay-range disclosure (October 2025)",
    effectiveFrom: "2025-10-01",
    requires: ["payRange"],
  },
  {
    id: "us-nj",
    place: "New Jersey",
    scope: us("NJ"),
    source: "New Jersey pay-transparency law (June 2025)",
    effectiveFrom: "2025-06-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "us-va",
    place: "Virginia",
    scope: us("VA"),
    source: "Virginia pay-transparency law (July 2026)",
    effectiveFrom: "2026-07-01",
    requires: ["payRange"],
  },
  {
    id: "us-me",
    place: "Maine",
    scope: us("ME"),
    source: "Maine pay-range disclosure (July 2026)",
    effectiveFrom: "2026-07-01",
    requires: ["payRange"],
  },
  {
    id: "us-de",
    place: "Delaware",
    scope: us("DE"),
    source: "Delaware pay-transparency law (September 2027)",
    effectiveFrom: "2027-09-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "us-cleveland",
    place: "Cleveland",
    scope: us("OH"),
    source: "Cleveland pay-transparency ordinance (October 2025)",
    effectiveFrom: "2025-10-01",
    requires: ["payRange", "benefits"],
  },
  {
    id: "eu",
    place: "European Union",
    scope: { union: "EU" },
    source: "EU Pay Transparency Directive 2023/970, article 5 (transposition due 7 June 2026)",
    effectiveFrom: "2026-06-07",
    requires: ["payRange"],
  },
  {
    id: "ca-bc",
    place: "British Columbia",
    scope: ca("BC"),
    source: "British Columbia Pay Transparency Act (November 2023)",
    effectiveFrom: "2023-11-01",
    requires: ["payRange"],
  },
  {
    id: "ca-on",
    place: "Ontario",
    scope: ca("ON"),
    source: "Ontario Employment Standards Act job-posting rules (January 2026)",
    effectiveFrom: "2026-01-01",
    requires: ["payRange", "ontarioSpread", "aiScreening", "existingVacancy"],
  },
];
