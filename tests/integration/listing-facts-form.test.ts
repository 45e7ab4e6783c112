import { beforeEach, describe, expect, it } from "vitest";
import { listingFormValues, listingFormSelect } from "@/lib/listing-form-values";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { submitListingDefinition } from "@/server/listings/actions";
import { duplicateListing } from "@/server/listings/drafts";
import { editListingDefinition } from "@/server/listings/employer-actions";
import { approveEdit, getEditForReview } from "@/server/listings/published-edits";
import { resetDatabase } from "../setup/db";
import { createAdmin, createEmployer, createLevel, createListing, createSkill } from "../setup/factories";

// The role at a glance through the posting form (decision 031): saved as typed columns, read back into the
// form unchanged, refused beside each field with the input kept, carried by a published edit (which waits
// for review), by the published version's snapshot and by a duplicate.

beforeEach(resetDatabase);

const FACTS = {
  scalePeakRps: "RPS_10K_100K",
  scaleDataVolume: "DATA_100TB_1PB",
  scaleServices: "SERVICES_50_200",
  ownershipKind: "MIGRATION",
  firstSixMonths: "Move the order flow off the monolith.",
  teamSize: "7",
  reportsTo: "VP Engineering",
  engineersServed: "180",
  onCall: "ROTATION",
  onCallRotationWeeks: "6",
  interviewStages: "Hiring manager call\nSystem design\nTeam panel",
  interviewHours: "6",
  takeHome: "PAID",
  systemDesignRound: "yes",
  decisionStyles: ["DESIGN_DOCS", "REVIEW_BOARD"],
};

async function formFor(overrides: Record<string, unknown> = {}) {
  const level = await createLevel();
  const skill = await createSkill({ name: "Kafka" });
  return {
    title: "Principal platform architect",
    levelId: level.id,
    description: "You will own the architecture of our ledger and its event backbone, with three teams. ".repeat(3),
    salaryMin: "190000",
    salaryMax: "230000",
    salaryCurrency: "USD",
    salaryPeriod: "YEAR",
    // A country without pay-transparency rules, so the form needs none of their answers.
    eligibleCountries: "BR",
    visaPolicy: "NOT_REQUIRED",
    engagementModel: "EMPLOYEE",
    skills: [skill.id],
    ...overrides,
  };
}

const factsOf = (values: Record<string, string | string[]>) => Object.fromEntries(Object.keys(FACTS).map((k) => [k, values[k]]));

describe("the facts on the posting form", () => {
  it("saves them as columns and reads them back into the form as sent", async () => {
    const employer = await createEmployer();
    const outcome = await executeAction(submitListingDefinition, employer.actor, { ...(await formFor(FACTS)), intent: "save" });
    expect(outcome.ok ? null : outcome.state).toBeNull();
    if (!outcome.ok) return;
    const saved = await db.listing.findUniqueOrThrow({ where: { id: outcome.result.id }, select: listingFormSelect });
    expect(saved).toMatchObject({
      teamSize: 7,
      onCall: "ROTATION",
      onCallRotationWeeks: 6,
      interviewStages: ["Hiring manager call", "System design", "Team panel"],
      takeHome: "PAID",
      systemDesignRound: true,
      decisionStyles: ["DESIGN_DOCS", "REVIEW_BOARD"],
    });
    expect(factsOf(listingFormValues(saved))).toEqual(FACTS);
  });

  it("refuses bad facts beside their fields, keeps what was typed and creates nothing", async () => {
    const employer = await createEmployer();
    const outcome = await executeAction(submitListingDefinition, employer.actor, {
      ...(await formFor({ ...FACTS, teamSize: "0", onCall: "NONE", takeHome: "MAYBE", interviewStages: "A\nSystem design" })),
      intent: "save",
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.state.status !== "error") return;
    expect(Object.keys(outcome.state.fieldErrors).sort()).toEqual([
      "interviewStages",
      "onCallRotationWeeks",
      "takeHome",
      "teamSize",
    ]);
    expect(outcome.state.values.interviewStages).toBe("A\nSystem design");
    expect(outcome.state.values.teamSize).toBe("0");
    expect(await db.listing.count()).toBe(0);
  });

  it("refuses a NUL byte in a stage as a field error, never a 500", async () => {
    const employer = await createEmployer();
    const outcome = await executeAction(submitListingDefinition, employer.actor, {
      ...(await formFor({ interviewStages: "Call\nDesign\u0000" })),
      intent: "save",
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.state.status !== "error") return;
    expect(outcome.state.fieldErrors.interviewStages).toHaveLength(1);
  });
});

describe("the facts of a published listing", () => {
  it("wait for review when edited; once approved they are live and in the new version's snapshot", async () => {
    const employer = await createEmployer();
    const admin = await createAdmin();
    const form = await formFor();
    const listing = await createListing(employer.company.id, {
      levelId: form.levelId,
      title: form.title,
      description: form.description.trim(),
      salaryMin: 190_000,
      salaryMax: 230_000,
      annualUsdMin: 190_000,
      annualUsdMax: 230_000,
      worldwide: false,
      eligibleCountries: ["BR"],
      skills: { create: form.skills.map((skillId) => ({ skillId })) },
    });
    const outcome = await executeAction(editListingDefinition, employer.actor, {
      ...form,
      takeHome: "NONE",
      onCall: "NONE",
      listingId: listing.id,
      intent: "submit",
    });
    expect(outcome.ok ? null : outcome.state).toBeNull();
    expect(outcome).toMatchObject({ ok: true, redirectTo: `/employer/listings/${listing.id}?done=edit-pending` });
    const waiting = await db.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(waiting).toMatchObject({ takeHome: null, onCall: null });
    expect(waiting.pendingEdit).toMatchObject({ takeHome: "NONE", onCall: "NONE" });

    const review = await getEditForReview(admin.actor, listing.id);
    expect(review?.changes.map((c) => [c.label, c.material, c.after])).toEqual([
      ["On-call", true, ["NONE"]],
      ["Take-home", true, ["NONE"]],
    ]);
    await approveEdit(admin.actor, listing.id, waiting.pendingEditAt!.getTime());
    expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      takeHome: "NONE",
      onCall: "NONE",
      pendingEdit: null,
    });
    const version = await db.listingVersion.findFirstOrThrow({ where: { listingId: listing.id }, orderBy: { version: "desc" } });
    expect(version.snapshot).toMatchObject({ takeHome: "NONE", onCall: "NONE", interviewStages: [], teamSize: null });
  });

  it("are copied by a duplicate", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id, {
      takeHome: "UNPAID",
      interviewStages: ["Call", "Panel"],
      teamSize: 4,
    });
    const copy = await duplicateListing(employer.actor, listing.id);
    expect(await db.listing.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({
      status: "DRAFT",
      takeHome: "UNPAID",
      interviewStages: ["Call", "Panel"],
      teamSize: 4,
    });
  });
});
