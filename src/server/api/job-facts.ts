import { TEAM_SIZE_RANGES, type ListingFacts, type TeamSizeRange } from "@/lib/listing-facts";
import type { ApiJobFacts } from "@/lib/schemas/api-job";
import { ON_CALL_SLUGS, OWNERSHIP_SLUGS, TAKE_HOME_SLUGS } from "@/lib/schemas/search";

// The role at a glance in the public API's shape (src/lib/schemas/api-job.ts), read from the listing's columns.

const slugOf = <T extends string>(slugs: Record<string, T>, value: T | null) =>
  value === null ? null : Object.keys(slugs).find((k) => slugs[k] === value)!;

/** The search range (small, medium, large) a team size falls in. */
export function teamSizeRange(size: number | null): TeamSizeRange | null {
  if (size === null) return null;
  const entries = Object.entries(TEAM_SIZE_RANGES) as [TeamSizeRange, { min: number; max: number | null }][];
  return entries.find(([, r]) => size >= r.min && (r.max === null || size <= r.max))?.[0] ?? null;
}

export function toApiFacts(facts: ListingFacts): ApiJobFacts {
  return {
    scale: { peakRps: facts.scalePeakRps, dataVolume: facts.scaleDataVolume, services: facts.scaleServices },
    ownership: {
      kind: slugOf(OWNERSHIP_SLUGS, facts.ownershipKind) as ApiJobFacts["ownership"]["kind"],
      firstSixMonths: facts.firstSixMonths,
    },
    team: {
      size: facts.teamSize,
      sizeRange: teamSizeRange(facts.teamSize),
      reportsTo: facts.reportsTo,
      engineersServed: facts.engineersServed,
    },
    onCall: {
      kind: slugOf(ON_CALL_SLUGS, facts.onCall) as ApiJobFacts["onCall"]["kind"],
      rotationWeeks: facts.onCallRotationWeeks,
    },
    interview: {
      stages: facts.interviewStages,
      hours: facts.interviewHours,
      takeHome: slugOf(TAKE_HOME_SLUGS, facts.takeHome) as ApiJobFacts["interview"]["takeHome"],
      systemDesignRound: facts.systemDesignRound,
    },
    decisionStyles: facts.decisionStyles,
  };
}
