import { NO_FACTS, type ListingFacts } from "@/lib/listing-facts";
import type { LevelSlug } from "./levels";
import type { Random } from "./random";

// The role at a glance for the demo listings (docs/decisions/031-architect-facts.md): most state most facts,
// some only a few, about one in eight none at all — so the filters, the meter and "not stated" all show.
// Drawn from each listing's own stream (a separate seed), so the rest of the listing is unchanged.

const STAGES = [
  ["Recruiter call", "Hiring manager call", "System design", "Architecture deep dive", "Team panel"],
  ["Intro call", "Take-home review", "System design", "Leadership conversation"],
  ["Hiring manager call", "Past-project walkthrough", "System design", "Values interview", "CTO chat"],
  ["Recruiter screen", "Technical discussion", "Design exercise", "Final round"],
];

const OWN = [
  "The event backbone: move the order flow off the monolith onto Kafka, with a migration plan teams can follow.",
  "A new multi-region platform for the payments ledger, from the first design doc to the first tenant.",
  "Consolidating three search stacks into one, and the review process that keeps them from drifting apart again.",
  "The internal developer platform's service templates, golden paths and the RFC process around them.",
  "Data retention and sharding for the analytics store as it grows past a petabyte.",
];

const REPORTS = ["VP Engineering", "CTO", "Head of Platform", "Director of Architecture", "Chief Architect"];

export function generateFacts(level: LevelSlug, random: Random): ListingFacts {
  if (random.chance(0.12)) return NO_FACTS;
  // Most listings state nearly everything; some leave out a share of it.
  const says = random.chance(0.7) ? () => random.chance(0.92) : () => random.chance(0.45);
  const senior = level === "principal" || level === "head";
  const onCall = random.weighted([
    ["NONE", 4],
    ["ROTATION", 4],
    ["FOLLOW_THE_SUN", 1],
    ["ESCALATION_ONLY", 3],
  ] as const);
  const stages = random.pick(STAGES);
  const teamSize = random.weighted([
    [random.int(2, 5), 3],
    [random.int(6, 20), 5],
    [random.int(21, 60), 2],
  ] as const);
  return {
    scalePeakRps: says() ? random.pick(["RPS_UNDER_1K", "RPS_1K_10K", "RPS_10K_100K", "RPS_100K_PLUS"] as const) : null,
    scaleDataVolume: says()
      ? random.pick(["DATA_UNDER_1TB", "DATA_1TB_100TB", "DATA_100TB_1PB", "DATA_1PB_PLUS"] as const)
      : null,
    scaleServices: says()
      ? random.pick(["SERVICES_UNDER_10", "SERVICES_10_50", "SERVICES_50_200", "SERVICES_200_PLUS"] as const)
      : null,
    ownershipKind: says() ? random.pick(["GREENFIELD", "MIGRATION", "PLATFORM", "CONSOLIDATION"] as const) : null,
    firstSixMonths: says() ? random.pick(OWN) : null,
    teamSize: says() ? teamSize : null,
    reportsTo: says() ? (senior ? random.pick(["CTO", "Chief Architect"]) : random.pick(REPORTS)) : null,
    engineersServed: says() ? random.int(2, 40) * 10 : null,
    onCall: says() ? onCall : null,
    onCallRotationWeeks: onCall === "ROTATION" ? random.int(4, 10) : null,
    interviewStages: says() ? stages : [],
    interviewHours: says() ? random.int(3, 9) : null,
    takeHome: says()
      ? random.weighted([
          ["NONE", 5],
          ["PAID", 2],
          ["UNPAID", 2],
        ] as const)
      : null,
    systemDesignRound: says() ? random.chance(0.85) : null,
    decisionStyles: says() ? random.sample(["DESIGN_DOCS", "REVIEW_BOARD", "ASYNC_FIRST"] as const, random.int(1, 3)) : [],
  };
}
