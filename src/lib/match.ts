import type { OnCallKind, TakeHomeKind } from "@/generated/prisma/enums";
import { assessEligibility, type Candidate, type ListingRules, type Region, type Verdict } from "@/lib/eligibility";
import { formatAnnualUsd, formatPay } from "@/lib/pay";

// The personal match (docs/decisions/035-personal-match.md): how well one listing fits one candidate, as
// reasons anyone can check against the listing and the profile — no model, no hidden weights. Every
// reason carries the points it adds; the score is their sum, and the "Best match for me" sort orders by
// the same sum computed in SQL (src/server/search/match-sql.ts). tests/integration/match-agreement.test.ts
// holds the two together.

/** What each aspect can add at most. Eligibility dominates: a role you cannot take is no match. */
export const MATCH_POINTS = {
  eligibility: { eligible: 40, check: 20, not_eligible: 0 },
  level: 15,
  skills: 25,
  pay: { above: 15, within: 8, below: 0 },
  preference: { none: 5, unstated: 2, present: 0 },
} as const;

export type MatchListing = ListingRules & {
  levelId: string;
  levelName: string;
  skills: readonly { id: string; name: string }[];
  annualUsdMin: number;
  annualUsdMax: number;
  onCall: OnCallKind | null;
  takeHome: TakeHomeKind | null;
};

export type MatchCandidate = Candidate & {
  /** The levels they are looking for (ids); empty when not said. */
  levelIds: readonly string[];
  skillIds: readonly string[];
  /** Their minimum pay as annual US dollars (CandidateProfile.salaryExpectationUsd). */
  floorUsd: number | null;
  avoidOnCall: boolean;
  avoidTakeHome: boolean;
};

export type MatchAspect = "eligibility" | "level" | "skills" | "pay" | "onCall" | "takeHome";
/** good: counts for the role; mixed: partly; bad: against it; unknown: the profile or the listing does not say. */
export type MatchTone = "good" | "mixed" | "bad" | "unknown";

export type MatchReason = {
  aspect: MatchAspect;
  tone: MatchTone;
  /** The short words of the label ("4 of 5 skills"). */
  short: string;
  /** The sentence shown with the reasons. */
  text: string;
  points: number;
  /** Skills only: the listing's skills the candidate has, and those they lack. */
  skills?: { have: string[]; lack: string[] };
};

export type MatchTier = "strong" | "good" | "partial" | "weak";
export type MatchResult = {
  score: number;
  /** The most this candidate could score on any listing: the aspects their profile lets us judge. */
  outOf: number;
  tier: MatchTier;
  /** "Strong match: eligible, 4 of 5 skills, pays above your floor". */
  label: string;
  verdict: Verdict;
  reasons: MatchReason[];
};

const TIER_WORDS: Record<MatchTier, string> = {
  strong: "Strong match",
  good: "Good match",
  partial: "Partial match",
  weak: "Weak match",
};

function eligibilityReason(listing: MatchListing, candidate: MatchCandidate, regions: readonly Region[]): MatchReason {
  const result = assessEligibility(listing, candidate, regions);
  const points = MATCH_POINTS.eligibility[result.verdict];
  if (result.verdict === "eligible") {
    return {
      aspect: "eligibility",
      tone: "good",
      short: "eligible",
      text: "You can take this role from where you live and work.",
      points,
    };
  }
  // The first rule that is not "eligible" says why, in the verdict's own words.
  const rule = [result.country, result.timezone, result.authorisation].find((r) => r.verdict === result.verdict);
  return result.verdict === "check"
    ? {
        aspect: "eligibility",
        tone: "mixed",
        short: "check eligibility",
        text: rule?.reason ?? "Check whether you can take this role.",
        points,
      }
    : {
        aspect: "eligibility",
        tone: "bad",
        short: "not open to you",
        text: rule?.reason ?? "The role is not open to you.",
        points,
      };
}

function levelReason(listing: MatchListing, candidate: MatchCandidate): MatchReason | null {
  if (candidate.levelIds.length === 0) return null;
  return candidate.levelIds.includes(listing.levelId)
    ? {
        aspect: "level",
        tone: "good",
        short: `${listing.levelName} level`,
        text: `${listing.levelName} is a level you are looking for.`,
        points: MATCH_POINTS.level,
      }
    : {
        aspect: "level",
        tone: "bad",
        short: `${listing.levelName} level`,
        text: `${listing.levelName} is not among the levels you are looking for.`,
        points: 0,
      };
}

/** Points for having `have` of the listing's `total` skills, rounded down (SQL's integer division agrees). */
export const skillPoints = (have: number, total: number) => (total === 0 ? 0 : Math.floor((MATCH_POINTS.skills * have) / total));

function skillsReason(listing: MatchListing, candidate: MatchCandidate): MatchReason | null {
  if (candidate.skillIds.length === 0 || listing.skills.length === 0) return null;
  const mine = new Set(candidate.skillIds);
  const have = listing.skills.filter((s) => mine.has(s.id)).map((s) => s.name);
  const lack = listing.skills.filter((s) => !mine.has(s.id)).map((s) => s.name);
  const total = listing.skills.length;
  const short = `${have.length} of ${total} skills`;
  const text =
    have.length === 0
      ? `None of your skills are among the role's ${total}: ${lack.join(", ")}.`
      : lack.length === 0
        ? `You have every skill the role lists: ${have.join(", ")}.`
        : `You have ${have.join(", ")}; the role also wants ${lack.join(", ")}.`;
  const tone: MatchTone = lack.length === 0 ? "good" : have.length === 0 ? "bad" : "mixed";
  return { aspect: "skills", tone, short, text, points: skillPoints(have.length, total), skills: { have, lack } };
}

/** "$180,000" — one annual figure in US dollars. */
const usd = (amount: number) =>
  formatPay({ salaryMin: amount, salaryMax: amount, salaryCurrency: "USD", salaryPeriod: "YEAR" }).replace(/ a year$/, "");

function payReason(listing: MatchListing, candidate: MatchCandidate): MatchReason | null {
  const floor = candidate.floorUsd;
  if (floor === null) return null;
  const range = formatAnnualUsd(listing);
  if (listing.annualUsdMin >= floor) {
    return {
      aspect: "pay",
      tone: "good",
      short: "pays above your floor",
      text: `The whole range (${range}) is at or above your minimum of ${usd(floor)}.`,
      points: MATCH_POINTS.pay.above,
    };
  }
  if (listing.annualUsdMax >= floor) {
    return {
      aspect: "pay",
      tone: "mixed",
      short: "top of range meets your floor",
      text: `Your minimum of ${usd(floor)} is within the range (${range}).`,
      points: MATCH_POINTS.pay.within,
    };
  }
  return {
    aspect: "pay",
    tone: "bad",
    short: "pays below your floor",
    text: `The range (${range}) stays below your minimum of ${usd(floor)}.`,
    points: MATCH_POINTS.pay.below,
  };
}

const ON_CALL_WORDS: Record<Exclude<OnCallKind, "NONE">, string> = {
  ROTATION: "an on-call rotation",
  FOLLOW_THE_SUN: "follow-the-sun on-call",
  ESCALATION_ONLY: "incident escalation only",
};

function onCallReason(listing: MatchListing, candidate: MatchCandidate): MatchReason | null {
  if (!candidate.avoidOnCall) return null;
  const p = MATCH_POINTS.preference;
  if (listing.onCall === null)
    return {
      aspect: "onCall",
      tone: "unknown",
      short: "on-call not stated",
      text: "The employer does not say whether the role is on call.",
      points: p.unstated,
    };
  if (listing.onCall === "NONE")
    return { aspect: "onCall", tone: "good", short: "no on-call", text: "No on-call, as you prefer.", points: p.none };
  return {
    aspect: "onCall",
    tone: "bad",
    short: "on call",
    text: `The role has ${ON_CALL_WORDS[listing.onCall]}; you would rather not be on call.`,
    points: p.present,
  };
}

function takeHomeReason(listing: MatchListing, candidate: MatchCandidate): MatchReason | null {
  if (!candidate.avoidTakeHome) return null;
  const p = MATCH_POINTS.preference;
  if (listing.takeHome === null)
    return {
      aspect: "takeHome",
      tone: "unknown",
      short: "take-home not stated",
      text: "The employer does not say whether the interview has a take-home assignment.",
      points: p.unstated,
    };
  if (listing.takeHome === "NONE")
    return {
      aspect: "takeHome",
      tone: "good",
      short: "no take-home",
      text: "The interview has no take-home assignment, as you prefer.",
      points: p.none,
    };
  const paid = listing.takeHome === "PAID" ? "a paid" : "an unpaid";
  return {
    aspect: "takeHome",
    tone: "bad",
    short: "take-home",
    text: `The interview includes ${paid} take-home assignment.`,
    points: p.present,
  };
}

/** The most a candidate can score: eligibility always, each other aspect when their profile says enough to judge it. */
export function matchOutOf(candidate: MatchCandidate): number {
  return (
    MATCH_POINTS.eligibility.eligible +
    (candidate.levelIds.length > 0 ? MATCH_POINTS.level : 0) +
    (candidate.skillIds.length > 0 ? MATCH_POINTS.skills : 0) +
    (candidate.floorUsd !== null ? MATCH_POINTS.pay.above : 0) +
    (candidate.avoidOnCall ? MATCH_POINTS.preference.none : 0) +
    (candidate.avoidTakeHome ? MATCH_POINTS.preference.none : 0)
  );
}

/** A role you cannot take is weak whatever else fits; otherwise the share of the points it could have had. */
export function matchTier(verdict: Verdict, score: number, outOf: number): MatchTier {
  if (verdict === "not_eligible") return "weak";
  const share = score / outOf;
  if (verdict === "eligible" && share >= 0.8) return "strong";
  if (share >= 0.6) return "good";
  if (share >= 0.4) return "partial";
  return "weak";
}

/** The match of one listing for one candidate: every reason, the score, the tier and the label. */
export function assessMatch(listing: MatchListing, candidate: MatchCandidate, regions: readonly Region[]): MatchResult {
  const eligibility = eligibilityReason(listing, candidate, regions);
  const reasons = [
    eligibility,
    levelReason(listing, candidate),
    skillsReason(listing, candidate),
    payReason(listing, candidate),
    onCallReason(listing, candidate),
    takeHomeReason(listing, candidate),
  ].filter((r): r is MatchReason => r !== null);
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  const outOf = matchOutOf(candidate);
  const verdict = eligibility.tone === "good" ? "eligible" : eligibility.tone === "mixed" ? "check" : "not_eligible";
  const tier = matchTier(verdict, score, outOf);
  // The label names eligibility, skills and pay (the aspects the example leads with); the
  // preferences join it when they are what sets the role apart.
  const headline = reasons.filter((r) => r.aspect === "eligibility" || r.aspect === "skills" || r.aspect === "pay");
  const preferences = reasons.filter((r) => (r.aspect === "onCall" || r.aspect === "takeHome") && r.tone !== "unknown");
  const label = `${TIER_WORDS[tier]}: ${[...headline, ...preferences].map((r) => r.short).join(", ")}`;
  return { score, outOf, tier, label, verdict, reasons };
}
