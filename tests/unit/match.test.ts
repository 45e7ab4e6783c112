import { describe, expect, it } from "vitest";
import { assessMatch, matchOutOf, matchTier, skillPoints, type MatchCandidate, type MatchListing } from "@/lib/match";

// Hand-computed fixtures: each aspect's reason and points, then the sum, tier and label.

const regions = [{ code: "EU", name: "European Union", countries: ["DE", "PT", "ES"] }];

const listing = (over: Partial<MatchListing> = {}): MatchListing => ({
  worldwide: false,
  eligibleRegions: ["EU"],
  eligibleCountries: [],
  tzWindowStartUtc: null,
  tzWindowEndUtc: null,
  tzRequiredOverlapHours: 0,
  visaPolicy: "NOT_REQUIRED",
  levelId: "lvl-staff",
  levelName: "Staff",
  skills: [
    { id: "s-go", name: "Go" },
    { id: "s-kafka", name: "Kafka" },
    { id: "s-pg", name: "PostgreSQL" },
    { id: "s-k8s", name: "Kubernetes" },
    { id: "s-aws", name: "AWS" },
  ],
  annualUsdMin: 180_000,
  annualUsdMax: 220_000,
  onCall: null,
  takeHome: null,
  ...over,
});

const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  country: "PT",
  utcOffsetMinutes: 0,
  workAuthorizations: [],
  levelIds: ["lvl-staff"],
  skillIds: ["s-go", "s-kafka", "s-pg", "s-k8s", "s-rust"],
  floorUsd: 170_000,
  avoidOnCall: false,
  avoidTakeHome: false,
  ...over,
});

const reason = (l: MatchListing, c: MatchCandidate, aspect: string) =>
  assessMatch(l, c, regions).reasons.find((r) => r.aspect === aspect);

describe("assessMatch: each reason", () => {
  it("eligibility: eligible 40, check 20, not eligible 0, in the verdict's words", () => {
    expect(reason(listing(), candidate(), "eligibility")).toMatchObject({ tone: "good", short: "eligible", points: 40 });
    // No country on the profile: the country rule asks to check.
    expect(reason(listing(), candidate({ country: null }), "eligibility")).toMatchObject({
      tone: "mixed",
      short: "check eligibility",
      points: 20,
      text: expect.stringContaining("Add your country"),
    });
    expect(reason(listing(), candidate({ country: "JP" }), "eligibility")).toMatchObject({
      tone: "bad",
      short: "not open to you",
      points: 0,
      text: expect.stringContaining("not open to candidates in Japan"),
    });
  });

  it("level: 15 when the listing's level is one they want, 0 when not, no reason when they named none", () => {
    expect(reason(listing(), candidate(), "level")).toMatchObject({
      tone: "good",
      points: 15,
      text: "Staff is a level you are looking for.",
    });
    expect(reason(listing(), candidate({ levelIds: ["lvl-principal"] }), "level")).toMatchObject({ tone: "bad", points: 0 });
    expect(reason(listing(), candidate({ levelIds: [] }), "level")).toBeUndefined();
  });

  it("skills: which of theirs the listing uses and which it wants that they lack; 25 × have / total, rounded down", () => {
    // 4 of the listing's 5 skills: floor(25 × 4 / 5) = 20.
    expect(reason(listing(), candidate(), "skills")).toEqual({
      aspect: "skills",
      tone: "mixed",
      short: "4 of 5 skills",
      text: "You have Go, Kafka, PostgreSQL, Kubernetes; the role also wants AWS.",
      points: 20,
      skills: { have: ["Go", "Kafka", "PostgreSQL", "Kubernetes"], lack: ["AWS"] },
    });
    // 1 of 3: floor(25 / 3) = 8.
    const three = listing({
      skills: [
        { id: "s-go", name: "Go" },
        { id: "a", name: "Scala" },
        { id: "b", name: "Elixir" },
      ],
    });
    expect(reason(three, candidate(), "skills")).toMatchObject({
      short: "1 of 3 skills",
      points: 8,
      skills: { have: ["Go"], lack: ["Scala", "Elixir"] },
    });
    expect(reason(listing(), candidate({ skillIds: ["s-rust"] }), "skills")).toMatchObject({ tone: "bad", points: 0 });
    expect(reason(listing({ skills: [{ id: "s-go", name: "Go" }] }), candidate(), "skills")).toMatchObject({
      tone: "good",
      points: 25,
    });
    expect(reason(listing(), candidate({ skillIds: [] }), "skills")).toBeUndefined();
    expect(reason(listing({ skills: [] }), candidate(), "skills")).toBeUndefined();
    expect([skillPoints(0, 0), skillPoints(2, 3), skillPoints(3, 3)]).toEqual([0, 16, 25]);
  });

  it("pay: the whole range at or above the floor 15, the floor within the range 8, below it 0", () => {
    expect(reason(listing(), candidate({ floorUsd: 180_000 }), "pay")).toMatchObject({
      tone: "good",
      short: "pays above your floor",
      points: 15,
    });
    expect(reason(listing(), candidate({ floorUsd: 200_000 }), "pay")).toMatchObject({
      tone: "mixed",
      points: 8,
      text: "Your minimum of $200,000 is within the range ($180,000 – $220,000 a year).",
    });
    expect(reason(listing(), candidate({ floorUsd: 220_001 }), "pay")).toMatchObject({
      tone: "bad",
      short: "pays below your floor",
      points: 0,
    });
    expect(reason(listing(), candidate({ floorUsd: null }), "pay")).toBeUndefined();
  });

  it("on-call: weighed only for a candidate who would rather not be on call", () => {
    const avoid = candidate({ avoidOnCall: true });
    expect(reason(listing({ onCall: "NONE" }), avoid, "onCall")).toMatchObject({ tone: "good", points: 5 });
    expect(reason(listing({ onCall: null }), avoid, "onCall")).toMatchObject({ tone: "unknown", points: 2 });
    expect(reason(listing({ onCall: "ROTATION" }), avoid, "onCall")).toMatchObject({
      tone: "bad",
      points: 0,
      text: "The role has an on-call rotation; you would rather not be on call.",
    });
    expect(reason(listing({ onCall: "ROTATION" }), candidate(), "onCall")).toBeUndefined();
  });

  it("take-home: weighed only for a candidate who wants none; paid or not, a take-home is named", () => {
    const avoid = candidate({ avoidTakeHome: true });
    expect(reason(listing({ takeHome: "NONE" }), avoid, "takeHome")).toMatchObject({
      tone: "good",
      short: "no take-home",
      points: 5,
    });
    expect(reason(listing({ takeHome: null }), avoid, "takeHome")).toMatchObject({ tone: "unknown", points: 2 });
    expect(reason(listing({ takeHome: "PAID" }), avoid, "takeHome")).toMatchObject({
      points: 0,
      text: "The interview includes a paid take-home assignment.",
    });
    expect(reason(listing({ takeHome: "UNPAID" }), avoid, "takeHome")).toMatchObject({
      points: 0,
      text: "The interview includes an unpaid take-home assignment.",
    });
    expect(reason(listing({ takeHome: "UNPAID" }), candidate(), "takeHome")).toBeUndefined();
  });
});

describe("assessMatch: the sum, the tier and the label", () => {
  it("the issue's example: eligible, 4 of 5 skills, pays above the floor", () => {
    // 40 + 15 (level) + 20 (skills) + 15 (pay) = 90 of 95.
    const result = assessMatch(listing(), candidate(), regions);
    expect(result).toMatchObject({ score: 90, outOf: 95, tier: "strong", verdict: "eligible" });
    expect(result.label).toBe("Strong match: eligible, 4 of 5 skills, pays above your floor");
  });

  it("adds the preferences the role meets or misses to the label, not the ones it does not state", () => {
    const c = candidate({ avoidTakeHome: true, avoidOnCall: true });
    // 40 + 15 + 20 + 15 + 2 (on-call not stated) + 5 (no take-home) = 97 of 105.
    const result = assessMatch(listing({ takeHome: "NONE" }), c, regions);
    expect(result).toMatchObject({ score: 97, outOf: 105, tier: "strong" });
    expect(result.label).toBe("Strong match: eligible, 4 of 5 skills, pays above your floor, no take-home");
  });

  it("a role they cannot take is weak whatever else fits", () => {
    const result = assessMatch(listing(), candidate({ country: "JP" }), regions);
    expect(result).toMatchObject({ score: 50, tier: "weak", verdict: "not_eligible" });
    expect(result.label).toBe("Weak match: not open to you, 4 of 5 skills, pays above your floor");
  });

  it("tiers by share of the points the profile lets us judge", () => {
    expect(matchOutOf(candidate({ levelIds: [], skillIds: [], floorUsd: null }))).toBe(40);
    expect(matchTier("eligible", 80, 100)).toBe("strong");
    expect(matchTier("check", 90, 100)).toBe("good");
    expect(matchTier("eligible", 79, 100)).toBe("good");
    expect(matchTier("eligible", 40, 100)).toBe("partial");
    expect(matchTier("eligible", 39, 100)).toBe("weak");
    expect(matchTier("not_eligible", 100, 100)).toBe("weak");
  });
});
