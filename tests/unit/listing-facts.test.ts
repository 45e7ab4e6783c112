import { describe, expect, it } from "vitest";
import { diffListing } from "@/lib/listing-diff";
import { valueWords } from "@/lib/listing-diff-words";
import { NO_FACTS, factGroups, factsText, keyFacts } from "@/lib/listing-facts";
import { factsCompleteness, missingFactsSentence, storedFactsCompleteness } from "@/lib/listing-facts-completeness";
import { listingSchema } from "@/lib/schemas/listing";
import { teamSizeRange } from "@/server/api/job-facts";
import { listingInput } from "../setup/listing-input";

// The role at a glance (decision 031): the posting form's validation of the facts, the completeness meter,
// the glance block's lines and the card's key facts.

/** The messages of a failed parse, by field. */
function errors(input: Record<string, unknown>): Record<string, string[]> {
  const result = listingSchema.safeParse(listingInput(input));
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

describe("the facts in the listing schema", () => {
  it("leaves every fact unstated when the form leaves it blank", () => {
    const parsed = listingSchema.parse(
      listingInput({
        scalePeakRps: "",
        teamSize: " ",
        interviewStages: "\n \n",
        systemDesignRound: "",
        firstSixMonths: "   ",
      }),
    );
    expect(parsed.scalePeakRps).toBeUndefined();
    expect(parsed.teamSize).toBeUndefined();
    expect(parsed.interviewStages).toEqual([]);
    expect(parsed.systemDesignRound).toBeUndefined();
    expect(parsed.firstSixMonths).toBeUndefined();
    expect(parsed.decisionStyles).toEqual([]);
  });

  it("reads a full form: enums, numbers, a stage per line in order, yes/no, decision styles in a fixed order", () => {
    const parsed = listingSchema.parse(
      listingInput({
        scalePeakRps: "RPS_10K_100K",
        scaleDataVolume: "DATA_1PB_PLUS",
        scaleServices: "SERVICES_50_200",
        ownershipKind: "GREENFIELD",
        firstSixMonths: " Own the ledger. ",
        teamSize: "1,200",
        reportsTo: "CTO",
        engineersServed: "300",
        onCall: "ROTATION",
        onCallRotationWeeks: "6",
        interviewStages: "Recruiter call\r\n  System design  \n\nTeam panel",
        interviewHours: "7",
        takeHome: "NONE",
        systemDesignRound: "yes",
        decisionStyles: ["ASYNC_FIRST", "DESIGN_DOCS", "ASYNC_FIRST"],
      }),
    );
    expect(parsed).toMatchObject({
      scalePeakRps: "RPS_10K_100K",
      ownershipKind: "GREENFIELD",
      firstSixMonths: "Own the ledger.",
      teamSize: 1200,
      engineersServed: 300,
      onCallRotationWeeks: 6,
      interviewStages: ["Recruiter call", "System design", "Team panel"],
      interviewHours: 7,
      takeHome: "NONE",
      systemDesignRound: true,
      decisionStyles: ["DESIGN_DOCS", "ASYNC_FIRST"],
    });
  });

  it("holds the numbers to the database's CHECK ranges", () => {
    for (const [field, low, high] of [
      ["teamSize", "0", "10001"],
      ["engineersServed", "0", "100001"],
      ["onCallRotationWeeks", "1", "53"],
      ["interviewHours", "0", "101"],
    ] as const) {
      const extra = field === "onCallRotationWeeks" ? { onCall: "ROTATION" } : {};
      expect(errors({ ...extra, [field]: low })[field], `${field} ${low}`).toHaveLength(1);
      expect(errors({ ...extra, [field]: high })[field], `${field} ${high}`).toHaveLength(1);
      expect(errors({ ...extra, [field]: "2.5" })[field], `${field} 2.5`).toHaveLength(1);
      expect(errors({ ...extra, [field]: "many" })[field], `${field} many`).toHaveLength(1);
    }
    expect(errors({ teamSize: "1", engineersServed: "100000", interviewHours: "100" })).toEqual({});
    expect(errors({ onCall: "ROTATION", onCallRotationWeeks: "52" })).toEqual({});
  });

  it("refuses values outside each vocabulary, in any other spelling", () => {
    expect(errors({ scalePeakRps: "rps_1k_10k" }).scalePeakRps).toHaveLength(1);
    expect(errors({ scaleDataVolume: "1TB" }).scaleDataVolume).toHaveLength(1);
    expect(errors({ scaleServices: "MANY" }).scaleServices).toHaveLength(1);
    expect(errors({ ownershipKind: "BROWNFIELD" }).ownershipKind).toHaveLength(1);
    expect(errors({ onCall: "SOMETIMES" }).onCall).toHaveLength(1);
    expect(errors({ takeHome: "OPTIONAL" }).takeHome).toHaveLength(1);
    expect(errors({ systemDesignRound: "maybe" }).systemDesignRound).toHaveLength(1);
    expect(errors({ decisionStyles: ["DESIGN_DOCS", "VIBES"] }).decisionStyles).toHaveLength(1);
  });

  it("accepts a rotation length only with a rotation", () => {
    expect(errors({ onCall: "NONE", onCallRotationWeeks: "4" }).onCallRotationWeeks).toEqual([
      "Give the rotation length only when on-call is a rotation.",
    ]);
    expect(errors({ onCallRotationWeeks: "4" }).onCallRotationWeeks).toHaveLength(1);
    expect(errors({ onCall: "ROTATION" })).toEqual({});
  });

  it("keeps the stage list to 1–10 stages of 2–60 characters without control characters", () => {
    const stages = (n: number) => Array.from({ length: n }, (_, i) => `Stage number ${i + 1}`).join("\n");
    expect(errors({ interviewStages: stages(10) })).toEqual({});
    expect(errors({ interviewStages: stages(11) }).interviewStages).toEqual(["List at most 10 stages, one per line."]);
    expect(errors({ interviewStages: "Call\nX" }).interviewStages).toEqual(["Stage 2: use 2–60 characters."]);
    expect(errors({ interviewStages: "y".repeat(61) }).interviewStages).toEqual(["Stage 1: use 2–60 characters."]);
    expect(errors({ interviewStages: "y".repeat(60) })).toEqual({});
    expect(errors({ interviewStages: "Call\nSystem\tdesign" }).interviewStages).toEqual([
      "Stage 2: remove the control characters (such as tabs).",
    ]);
    expect(errors({ interviewStages: ["Call", "Design\u0000"] }).interviewStages).toHaveLength(1);
    // A list (JSON, or the key repeated) reads as stages too, each still checked.
    expect(listingSchema.parse(listingInput({ interviewStages: ["Call", "Panel"] })).interviewStages).toEqual(["Call", "Panel"]);
  });

  it("caps the free text", () => {
    expect(errors({ firstSixMonths: "z".repeat(501) }).firstSixMonths).toHaveLength(1);
    expect(errors({ firstSixMonths: "z".repeat(500) })).toEqual({});
    expect(errors({ reportsTo: "z".repeat(101) }).reportsTo).toHaveLength(1);
  });
});

describe("the completeness meter", () => {
  it("counts what is stated and names what candidates will miss, in the form's order", () => {
    const empty = factsCompleteness({});
    expect(empty).toMatchObject({ stated: 0, total: 14 });
    const some = factsCompleteness({
      scalePeakRps: "RPS_1K_10K",
      scaleDataVolume: "DATA_UNDER_1TB",
      scaleServices: "SERVICES_10_50",
      ownershipKind: "PLATFORM",
      firstSixMonths: "Own it",
      teamSize: "8",
      reportsTo: "CTO",
      engineersServed: "40",
      onCall: "",
      interviewStages: "  ",
      interviewHours: "5",
      takeHome: "",
      systemDesignRound: "no",
      decisionStyles: [],
    });
    expect(some).toEqual({ stated: 10, total: 14, missing: ["on-call", "interview loop", "take-home", "decision style"] });
    expect(missingFactsSentence(some)).toBe("Candidates will miss: on-call, interview loop, take-home and decision style.");
    expect(missingFactsSentence({ stated: 13, total: 14, missing: ["on-call"] })).toBe("Candidates will miss: on-call.");
    expect(missingFactsSentence({ stated: 14, total: 14, missing: [] })).toBeNull();
  });

  it("measures a stored listing the same way", () => {
    expect(storedFactsCompleteness({ ...NO_FACTS, systemDesignRound: false, interviewStages: ["Call"] })).toMatchObject({
      stated: 2,
    });
  });
});

describe("the glance block and the card's key facts", () => {
  it("always gives the six groups in order, unstated ones as null", () => {
    const groups = factGroups({ ...NO_FACTS, onCall: "ROTATION", onCallRotationWeeks: 6, takeHome: "PAID" });
    expect(groups.map((g) => g.key)).toEqual(["scale", "ownership", "team", "onCall", "interview", "decisions"]);
    expect(groups.find((g) => g.key === "onCall")?.lines).toEqual(["Rotation, one week in 6"]);
    expect(groups.find((g) => g.key === "interview")?.lines).toEqual(["Paid take-home"]);
    expect(groups.find((g) => g.key === "scale")?.lines).toBeNull();
    expect(factsText(NO_FACTS)).toBeNull();
    expect(factsText({ ...NO_FACTS, interviewStages: ["Call", "Panel"] })).toBe(
      "The role at a glance\nInterview loop: 2 stages: Call → Panel.",
    );
  });

  it("shows at most two key facts on a card", () => {
    expect(keyFacts({ takeHome: "NONE", onCall: "NONE", ownershipKind: "GREENFIELD" })).toEqual(["No take-home", "No on-call"]);
    expect(keyFacts({ takeHome: "UNPAID", onCall: "ROTATION", ownershipKind: "GREENFIELD" })).toEqual(["Greenfield"]);
    expect(keyFacts({ takeHome: null, onCall: null, ownershipKind: null })).toEqual([]);
  });

  it("puts a team size in its search range", () => {
    expect([1, 5, 6, 20, 21, 10_000, null].map(teamSizeRange)).toEqual([
      "small",
      "small",
      "medium",
      "medium",
      "large",
      "large",
      null,
    ]);
  });
});

describe("an edit of the facts", () => {
  it("is material, and a new order of the same stages is a change", () => {
    const before = { interviewStages: "Call\nPanel", takeHome: "NONE" };
    const changes = diffListing(before, { interviewStages: "Panel\nCall", takeHome: "UNPAID" });
    expect(changes.map((c) => [c.name, c.material])).toEqual([
      ["interviewStages", true],
      ["takeHome", true],
    ]);
  });

  it("reads in the glance block's words for the moderator, unstated as on the listing page", () => {
    const before = {
      scalePeakRps: "RPS_1K_10K",
      ownershipKind: "GREENFIELD",
      onCall: "",
      interviewStages: "Call\nPanel",
      systemDesignRound: "no",
      decisionStyles: ["REVIEW_BOARD"],
      teamSize: "4",
    };
    const after = {
      scalePeakRps: "RPS_100K_PLUS",
      ownershipKind: "",
      onCall: "ROTATION",
      interviewStages: "Panel\r\n\nCall\nOffer chat",
      systemDesignRound: "yes",
      decisionStyles: ["DESIGN_DOCS", "ASYNC_FIRST"],
      teamSize: "6",
    };
    const words = diffListing(before, after).map((c) => [
      c.label,
      valueWords(c.name, c.before).text,
      valueWords(c.name, c.after).text,
    ]);
    expect(words).toEqual([
      ["Peak traffic", "1,000–10,000 requests/s", "100,000+ requests/s"],
      ["Kind of work", "Greenfield", "Not stated"],
      ["Team size", "4", "6"],
      ["On-call", "Not stated", "Rotation"],
      ["Interview stages", "2 stages: Call → Panel", "3 stages: Panel → Call → Offer chat"],
      ["System-design round", "No system-design round", "System-design round"],
      ["Decision style", "Architecture review board", "Async-first, Written design docs / RFCs"],
    ]);
    expect(valueWords("onCall", [])).toEqual({ stated: false, text: "Not stated" });
    // Not a fact: its absence keeps the review's usual mark; a value outside the labels is shown as sent.
    expect(valueWords("bonus", [])).toEqual({ stated: false, text: "(none)" });
    expect(valueWords("takeHome", ["SOMETIMES"])).toEqual({ stated: true, text: "SOMETIMES" });
    expect(valueWords("takeHome", ["NONE"])).toEqual({ stated: true, text: "No take-home" });
  });
});
