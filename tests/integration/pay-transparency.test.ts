import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { submitListingDefinition } from "@/server/listings/actions";
import { approveEditDefinition } from "@/server/listings/edit-review-actions";
import { confirmListingDefinition, editListingDefinition } from "@/server/listings/employer-actions";
import { approveListingDefinition } from "@/server/moderation/actions";
import { resetDatabase } from "../setup/db";
import { createAdmin, createEmployer, createLevel, createRegion, createSkill } from "../setup/factories";

// Pay-transparency rules through the real posting definitions (docs/decisions/030-pay-transparency.md):
// submit and edit refuse what a rule in force requires, each problem beside its field and nothing written;
// who stated the pay is recorded; every version that goes live is kept.

beforeEach(resetDatabase);

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** A posting form open to the whole US and Canada that meets every rule in force. */
async function form(overrides: Record<string, unknown> = {}) {
  const level = await createLevel();
  const skill = await createSkill();
  return {
    title: "Staff platform architect",
    levelId: level.id,
    description: "You will shape the architecture of our payments platform with three teams across time zones. ".repeat(3),
    benefits: "Health and dental cover, 25 days of paid leave, a retirement match and a home-office budget.",
    salaryMin: "180000",
    salaryMax: "210000",
    salaryCurrency: "USD",
    salaryPeriod: "YEAR",
    eligibleCountries: ["US", "CA"],
    applicationsCloseOn: inDays(40),
    aiScreening: "no",
    existingVacancy: "yes",
    visaPolicy: "MUST_HAVE_AUTHORIZATION",
    engagementModel: "EMPLOYEE",
    skills: [skill.id],
    intent: "submit",
    ...overrides,
  };
}

async function writes() {
  return { listings: await db.listing.count(), audits: await db.auditLog.count(), versions: await db.listingVersion.count() };
}

function fieldErrors(outcome: Awaited<ReturnType<typeof executeAction>>) {
  return outcome.ok || outcome.state.status !== "error" ? {} : outcome.state.fieldErrors;
}

describe("the posting form refuses what the rules require", () => {
  it("asks a listing open to the whole US for Colorado's closing date and a real benefits description", async () => {
    const { actor } = await createEmployer();
    const before = await writes();
    const outcome = await executeAction(
      submitListingDefinition,
      actor,
      await form({ eligibleCountries: "US", applicationsCloseOn: "", benefits: "Competitive package and great perks!" }),
    );
    expect(outcome.ok).toBe(false);
    const errors = fieldErrors(outcome);
    expect(errors.applicationsCloseOn?.[0]).toMatch(/date applications close.*Colorado/);
    expect(errors.benefits?.[0]).toMatch(
      /benefits.*Colorado, Washington, Illinois, Maryland, Minnesota, New Jersey and Cleveland/,
    );
    expect(Object.keys(errors).sort()).toEqual(["applicationsCloseOn", "benefits"]);
    expect(await writes()).toEqual(before);
  });

  it("asks a listing open to Canada (through a region) for Ontario's answers and spread", async () => {
    const { actor } = await createEmployer();
    const region = await createRegion({ name: "North America", countries: ["CA", "MX"] });
    const before = await writes();
    const outcome = await executeAction(
      submitListingDefinition,
      actor,
      await form({
        eligibleCountries: [],
        eligibleRegions: [region.code],
        salaryMin: "100000",
        salaryMax: "140000",
        aiScreening: "",
        existingVacancy: "",
      }),
    );
    const errors = fieldErrors(outcome);
    expect(errors.salaryMax?.[0]).toMatch(/C\$50,000.*Ontario/);
    expect(errors.aiScreening?.[0]).toMatch(/AI.*Ontario/);
    expect(errors.existingVacancy?.[0]).toMatch(/existing vacancy.*Ontario/);
    expect(await writes()).toEqual(before);
  });

  it("follows the states and provinces a listing is limited to, and records who stated the pay", async () => {
    const { actor, user } = await createEmployer();
    const outcome = await executeAction(
      submitListingDefinition,
      actor,
      await form({
        eligibleStates: ["tx", "FL"],
        eligibleProvinces: ["QC"],
        applicationsCloseOn: "",
        benefits: "",
        aiScreening: "",
        salaryMin: "100000",
        salaryMax: "160000",
      }),
    );
    expect(outcome.ok).toBe(true);
    const listing = await db.listing.findFirstOrThrow();
    expect(listing).toMatchObject({
      status: "PENDING_REVIEW",
      eligibleStates: ["TX", "FL"],
      eligibleProvinces: ["QC"],
      applicationsCloseOn: null,
      aiScreening: null,
      existingVacancy: true,
      salaryProvidedById: user.id,
    });
    expect(listing.salaryProvidedAt).not.toBeNull();
  });

  it("refuses states or provinces when their country is not open", async () => {
    const { actor } = await createEmployer();
    const before = await writes();
    const outcome = await executeAction(
      submitListingDefinition,
      actor,
      await form({ eligibleCountries: "GB", eligibleStates: ["CO"], eligibleProvinces: ["ON"] }),
    );
    const errors = fieldErrors(outcome);
    expect(errors.eligibleStates?.[0]).toMatch(/United States/);
    expect(errors.eligibleProvinces?.[0]).toMatch(/Canada/);
    expect(
      fieldErrors(await executeAction(submitListingDefinition, actor, await form({ eligibleStates: ["ZZ"] })))
        .eligibleStates?.[0],
    ).toMatch(/not a US state code/);
    expect(await writes()).toEqual(before);
  });

  it("refuses an edit that breaks a rule, leaving the listing as it was; stamps the pay only when it changes", async () => {
    const { actor } = await createEmployer();
    const base = await form({ intent: "save" });
    expect((await executeAction(submitListingDefinition, actor, base)).ok).toBe(true);
    const draft = await db.listing.findFirstOrThrow();
    const stored = await db.listing.findUniqueOrThrow({ where: { id: draft.id } });
    const audits = await db.auditLog.count();

    const refused = await executeAction(editListingDefinition, actor, {
      ...base,
      listingId: draft.id,
      existingVacancy: "",
      applicationsCloseOn: "",
    });
    expect(Object.keys(fieldErrors(refused)).sort()).toEqual(["applicationsCloseOn", "existingVacancy"]);
    expect(await db.listing.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(stored);
    expect(await db.auditLog.count()).toBe(audits);

    const sameFigures = await executeAction(editListingDefinition, actor, {
      ...base,
      listingId: draft.id,
      title: "Staff ledger architect",
    });
    expect(sameFigures.ok).toBe(true);
    const retitled = await db.listing.findUniqueOrThrow({ where: { id: draft.id } });
    expect(retitled.title).toBe("Staff ledger architect");
    expect(retitled.salaryProvidedAt).toEqual(stored.salaryProvidedAt);

    await executeAction(editListingDefinition, actor, { ...base, listingId: draft.id, salaryMax: "215000" });
    const repriced = await db.listing.findUniqueOrThrow({ where: { id: draft.id } });
    expect(repriced.salaryMax).toBe(215_000);
    expect(repriced.salaryProvidedAt!.getTime()).toBeGreaterThan(stored.salaryProvidedAt!.getTime());
  });
});

describe("versions of a published listing", () => {
  it("keeps a version when a listing is approved and when an edit goes live, never for an unchanged move", async () => {
    const { actor, user } = await createEmployer();
    const { actor: admin } = await createAdmin();
    const base = await form();
    expect((await executeAction(submitListingDefinition, actor, base)).ok).toBe(true);
    const { id } = await db.listing.findFirstOrThrow();
    const versions = () => db.listingVersion.findMany({ where: { listingId: id }, orderBy: { version: "asc" } });
    expect(await versions()).toEqual([]);

    const { updatedAt } = await db.listing.findUniqueOrThrow({ where: { id } });
    expect(
      (await executeAction(approveListingDefinition, admin, { listingId: id, version: String(updatedAt.getTime()) })).ok,
    ).toBe(true);
    const [first] = await versions();
    expect(first).toMatchObject({ version: 1, snapshot: expect.objectContaining({ title: base.title, existingVacancy: true }) });

    // Confirming "still open" shows the same content again: no new version.
    expect((await executeAction(confirmListingDefinition, actor, { listingId: id })).ok).toBe(true);
    expect(await versions()).toHaveLength(1);

    // A benefits-only edit publishes at once: a version.
    const benefits = "Health and dental cover, 30 days of paid leave, a retirement match and a yearly learning budget.";
    expect((await executeAction(editListingDefinition, actor, { ...base, listingId: id, benefits })).ok).toBe(true);
    expect((await versions()).map((v) => [v.version, (v.snapshot as { benefits: string }).benefits])).toEqual([
      [1, base.benefits],
      [2, benefits],
    ]);

    // A pay edit waits for review (no version), then goes live on approval (a version), naming its sender.
    expect(
      (await executeAction(editListingDefinition, actor, { ...base, benefits, listingId: id, salaryMax: "220000" })).ok,
    ).toBe(true);
    expect(await versions()).toHaveLength(2);
    const waiting = await db.listing.findUniqueOrThrow({ where: { id } });
    const approved = await executeAction(approveEditDefinition, admin, {
      listingId: id,
      version: String(waiting.pendingEditAt!.getTime()),
    });
    expect(approved.ok).toBe(true);
    const third = (await versions())[2]!;
    expect(third).toMatchObject({ version: 3, snapshot: expect.objectContaining({ salaryMax: 220_000 }) });
    const live = await db.listing.findUniqueOrThrow({ where: { id } });
    expect(live).toMatchObject({ salaryMax: 220_000, salaryProvidedById: user.id, salaryProvidedAt: waiting.pendingEditAt });
  });
});
