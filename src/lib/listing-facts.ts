import type {
  DecisionStyle,
  OnCallKind,
  OwnershipKind,
  ScaleDataVolume,
  ScalePeakRps,
  ScaleServices,
  TakeHomeKind,
} from "@/generated/prisma/enums";

// The role at a glance (docs/decisions/031-architect-facts.md): the facts' vocabulary, their labels and
// the plain lines every surface shows them as — the listing page, cards, the API's consumers' feeds and
// the JobPosting description. Pure: shared by server and client. Null or an empty list is "not stated".

export const SCALE_PEAK_RPS = [
  "RPS_UNDER_1K",
  "RPS_1K_10K",
  "RPS_10K_100K",
  "RPS_100K_PLUS",
] as const satisfies readonly ScalePeakRps[];
export const SCALE_DATA_VOLUME = [
  "DATA_UNDER_1TB",
  "DATA_1TB_100TB",
  "DATA_100TB_1PB",
  "DATA_1PB_PLUS",
] as const satisfies readonly ScaleDataVolume[];
export const SCALE_SERVICES = [
  "SERVICES_UNDER_10",
  "SERVICES_10_50",
  "SERVICES_50_200",
  "SERVICES_200_PLUS",
] as const satisfies readonly ScaleServices[];
export const OWNERSHIP_KINDS = [
  "GREENFIELD",
  "MIGRATION",
  "PLATFORM",
  "CONSOLIDATION",
] as const satisfies readonly OwnershipKind[];
export const ON_CALL_KINDS = ["NONE", "ROTATION", "FOLLOW_THE_SUN", "ESCALATION_ONLY"] as const satisfies readonly OnCallKind[];
export const TAKE_HOME_KINDS = ["NONE", "PAID", "UNPAID"] as const satisfies readonly TakeHomeKind[];
export const DECISION_STYLES = ["DESIGN_DOCS", "REVIEW_BOARD", "ASYNC_FIRST"] as const satisfies readonly DecisionStyle[];

export const scalePeakRpsLabel: Record<ScalePeakRps, string> = {
  RPS_UNDER_1K: "under 1,000 requests/s",
  RPS_1K_10K: "1,000–10,000 requests/s",
  RPS_10K_100K: "10,000–100,000 requests/s",
  RPS_100K_PLUS: "100,000+ requests/s",
};
export const scaleDataVolumeLabel: Record<ScaleDataVolume, string> = {
  DATA_UNDER_1TB: "under 1 TB of data",
  DATA_1TB_100TB: "1–100 TB of data",
  DATA_100TB_1PB: "100 TB–1 PB of data",
  DATA_1PB_PLUS: "1 PB+ of data",
};
export const scaleServicesLabel: Record<ScaleServices, string> = {
  SERVICES_UNDER_10: "under 10 services",
  SERVICES_10_50: "10–50 services",
  SERVICES_50_200: "50–200 services",
  SERVICES_200_PLUS: "200+ services",
};
export const ownershipKindLabel: Record<OwnershipKind, string> = {
  GREENFIELD: "Greenfield",
  MIGRATION: "Migration",
  PLATFORM: "Platform",
  CONSOLIDATION: "Consolidation",
};
export const onCallKindLabel: Record<OnCallKind, string> = {
  NONE: "No on-call",
  ROTATION: "Rotation",
  FOLLOW_THE_SUN: "Follow-the-sun",
  ESCALATION_ONLY: "Incident escalation only",
};
export const takeHomeKindLabel: Record<TakeHomeKind, string> = {
  NONE: "No take-home",
  PAID: "Paid take-home",
  UNPAID: "Unpaid take-home",
};
export const decisionStyleLabel: Record<DecisionStyle, string> = {
  DESIGN_DOCS: "Written design docs / RFCs",
  REVIEW_BOARD: "Architecture review board",
  ASYNC_FIRST: "Async-first",
};

/** Team-size ranges for search: one spelling each (decision 014). Bounds are inclusive. */
export const TEAM_SIZE_RANGES = {
  small: { min: 1, max: 5, label: "Small team (up to 5)" },
  medium: { min: 6, max: 20, label: "Medium team (6–20)" },
  large: { min: 21, max: null, label: "Large team (over 20)" },
} as const;
export type TeamSizeRange = keyof typeof TEAM_SIZE_RANGES;

/** The facts as stored on a listing (the columns of migration 20261204090000_architect_facts). */
export type ListingFacts = {
  scalePeakRps: ScalePeakRps | null;
  scaleDataVolume: ScaleDataVolume | null;
  scaleServices: ScaleServices | null;
  ownershipKind: OwnershipKind | null;
  firstSixMonths: string | null;
  teamSize: number | null;
  reportsTo: string | null;
  engineersServed: number | null;
  onCall: OnCallKind | null;
  onCallRotationWeeks: number | null;
  interviewStages: string[];
  interviewHours: number | null;
  takeHome: TakeHomeKind | null;
  systemDesignRound: boolean | null;
  decisionStyles: DecisionStyle[];
};

/** The columns, for Prisma selects. */
export const listingFactsSelect = {
  scalePeakRps: true,
  scaleDataVolume: true,
  scaleServices: true,
  ownershipKind: true,
  firstSixMonths: true,
  teamSize: true,
  reportsTo: true,
  engineersServed: true,
  onCall: true,
  onCallRotationWeeks: true,
  interviewStages: true,
  interviewHours: true,
  takeHome: true,
  systemDesignRound: true,
  decisionStyles: true,
} as const;

const count = (n: number) => n.toLocaleString("en-US");

/** How every surface words a fact the employer left blank. */
export const NOT_STATED = "Not stated";

/** "2 stages: Call → Panel", in the employer's order; null when none is stated. */
export function interviewStagesText(stages: string[]): string | null {
  if (stages.length === 0) return null;
  return `${stages.length} ${stages.length === 1 ? "stage" : "stages"}: ${stages.join(" → ")}`;
}

export const systemDesignRoundText = (held: boolean) => (held ? "System-design round" : "No system-design round");

/** "Rotation, one week in 6", or the kind's label. */
export function onCallText(facts: Pick<ListingFacts, "onCall" | "onCallRotationWeeks">): string | null {
  if (!facts.onCall) return null;
  if (facts.onCall === "ROTATION" && facts.onCallRotationWeeks) return `Rotation, one week in ${facts.onCallRotationWeeks}`;
  return onCallKindLabel[facts.onCall];
}

/** One group of the glance block: a term and its lines, or null when nothing in it is stated. */
export type FactGroup = { key: FactGroupKey; term: string; lines: string[] | null };
export type FactGroupKey = "scale" | "ownership" | "team" | "onCall" | "interview" | "decisions";

/**
 * The facts as the glance block's terms and descriptions, always in the same order and always all six
 * (an unstated group has `lines: null`, shown as NOT_STATED), so listings compare line by line.
 */
export function factGroups(facts: ListingFacts): FactGroup[] {
  const present = (lines: (string | null | false)[]) => {
    const kept = lines.filter((l): l is string => typeof l === "string" && l !== "");
    return kept.length > 0 ? kept : null;
  };
  const scale = [
    facts.scalePeakRps && `Peak ${scalePeakRpsLabel[facts.scalePeakRps]}`,
    facts.scaleDataVolume && scaleDataVolumeLabel[facts.scaleDataVolume].replace(/^./, (c) => c.toUpperCase()),
    facts.scaleServices && scaleServicesLabel[facts.scaleServices].replace(/^./, (c) => c.toUpperCase()),
  ];
  return [
    { key: "scale", term: "Scale", lines: present(scale) },
    {
      key: "ownership",
      term: "Ownership",
      lines: present([
        facts.ownershipKind && ownershipKindLabel[facts.ownershipKind],
        facts.firstSixMonths && `First six months: ${facts.firstSixMonths}`,
      ]),
    },
    {
      key: "team",
      term: "Team",
      lines: present([
        facts.teamSize !== null && `${count(facts.teamSize)} ${facts.teamSize === 1 ? "person" : "people"} in the team`,
        facts.reportsTo && `Reports to ${facts.reportsTo}`,
        facts.engineersServed !== null && `The architecture serves ${count(facts.engineersServed)} engineers`,
      ]),
    },
    { key: "onCall", term: "On-call", lines: present([onCallText(facts)]) },
    {
      key: "interview",
      term: "Interview loop",
      lines: present([
        interviewStagesText(facts.interviewStages),
        facts.interviewHours !== null &&
          `About ${facts.interviewHours} ${facts.interviewHours === 1 ? "hour" : "hours"} in total`,
        facts.takeHome && takeHomeKindLabel[facts.takeHome],
        facts.systemDesignRound !== null && systemDesignRoundText(facts.systemDesignRound),
      ]),
    },
    {
      key: "decisions",
      term: "How decisions are made",
      lines: present([facts.decisionStyles.length > 0 && facts.decisionStyles.map((s) => decisionStyleLabel[s]).join(", ")]),
    },
  ];
}

/** Up to two facts worth a card's space: what candidates filter for most ("No take-home", "No on-call"). */
export function keyFacts(facts: Pick<ListingFacts, "takeHome" | "onCall" | "ownershipKind">): string[] {
  const found: string[] = [];
  if (facts.takeHome === "NONE") found.push("No take-home");
  else if (facts.takeHome === "PAID") found.push("Paid take-home");
  if (facts.onCall === "NONE") found.push("No on-call");
  if (facts.ownershipKind === "GREENFIELD") found.push("Greenfield");
  return found.slice(0, 2);
}

/** The glance block as plain text (feeds, the JobPosting description): stated groups only, or null. */
export function factsText(facts: ListingFacts): string | null {
  const lines = factGroups(facts)
    .filter((g) => g.lines !== null)
    .map((g) => `${g.term}: ${g.lines!.join("; ")}.`);
  return lines.length > 0 ? `The role at a glance\n${lines.join("\n")}` : null;
}

/** A listing that states no fact (tests, fixtures). */
export const NO_FACTS: ListingFacts = {
  scalePeakRps: null,
  scaleDataVolume: null,
  scaleServices: null,
  ownershipKind: null,
  firstSixMonths: null,
  teamSize: null,
  reportsTo: null,
  engineersServed: null,
  onCall: null,
  onCallRotationWeeks: null,
  interviewStages: [],
  interviewHours: null,
  takeHome: null,
  systemDesignRound: null,
  decisionStyles: [],
};
