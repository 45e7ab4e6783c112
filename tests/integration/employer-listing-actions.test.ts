import { beforeEach, describe, expect, it } from "vitest";
import type { ApplicationStatus, ListingStatus } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { executeAction } from "@/server/action";
import { tagExpiryCount } from "@/server/cache/expire";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { db } from "@/server/db";
import { submitListingDefinition } from "@/server/listings/actions";
import { deleteDraft, duplicateListing, editListing } from "@/server/listings/drafts";
import {
  closeListingDefinition,
  confirmListingDefinition,
  deleteDraftDefinition,
  duplicateListingDefinition,
  editListingDefinition,
  renewListingDefinition,
} from "@/server/listings/employer-actions";
import { closeOwnListing, confirmOwnListing, renewOwnListing } from "@/server/listings/employer-moves";
import { approveEditDefinition, rejectEditDefinition } from "@/server/listings/edit-review-actions";
import { approveEdit, getEditForReview, rejectEdit } from "@/server/listings/published-edits";
import { approveListingDefinition } from "@/server/moderation/actions";
import { listingFormValues } from "@/lib/listing-form-values";
import { listingSchema } from "@/lib/schemas/listing";
import { resetDatabase } from "../setup/db";
import {
  createAdmin,
  createCandidate,
  createEmployer,
  createLevel,
  createListing,
  createRegion,
  createSkill,
} from "../setup/factories";
import { jobsNamed } from "../setup/jobs";
import { outboxOf } from "../setup/mail";

// Issue 10: an employer runs a listing through its whole life. Every action acts only on the actor's
// company's listings (another company's is "not found" and unchanged), only from the states it names
// (a clear conflict otherwise), audits in the same transaction, and status changes go through the lifecycle.

beforeEach(resetDatabase);

const DAY = 24 * 60 * 60 * 1000;
type Employer = Awaited<ReturnType<typeof createEmployer>>;

async function auditActions(listingId: string) {
  const rows = await db.auditLog.findMany({ where: { targetType: "Listing", targetId: listingId }, orderBy: { id: "asc" } });
  return rows.map((row) => row.action);
}

async function row(id: string) {
  return db.listing.findUniqueOrThrow({ where: { id }, include: { skills: { orderBy: { skillId: "asc" } } } });
}

/** A valid posting form, as the browser sends it. */
async function formFor(overrides: Record<string, unknown> = {}) {
  const level = await createLevel();
  const skills = [await createSkill({ name: "Kafka" }), await createSkill({ name: "Go" })];
  const region = await createRegion({ name: "European Union", countries: ["DE", "FR"] });
  return {
    title: "Principal platform architect",
    levelId: level.id,
    description: "You will own the architecture of our ledger and its event backbone, with three teams. ".repeat(3),
    benefits: "Health cover and 30 days of leave.",
    salaryMin: "190000",
    salaryMax: "230000",
    salaryCurrency: "EUR",
    salaryPeriod: "YEAR",
    eligibleRegions: [region.code],
    eligibleCountries: "GB",
    tzWindowStartUtc: "08:00",
    tzWindowEndUtc: "16:00",
    tzRequiredOverlapHours: "3",
    visaPolicy: "MUST_HAVE_AUTHORIZATION",
    engagementModel: "EMPLOYEE",
    skills: skills.map((s) => s.id),
    ...overrides,
  };
}

async function applicant(listingId: string, status: ApplicationStatus) {
  const candidate = await createCandidate();
  const application = await db.application.create({
    data: { listingId, candidateId: candidate.user.id, coverNote: "I have run ledgers at scale.", status },
  });
  return { candidate, application };
}

/** Runs `attempt` as another company's employer: "not found", and the listing and its audit trail unchanged. */
async function expectNotFoundForOthers(listingId: string, attempt: (other: Employer) => Promise<unknown>) {
  const other = await createEmployer();
  const before = await row(listingId);
  await expect(attempt(other)).rejects.toBeInstanceOf(NotFoundError);
  expect(await row(listingId)).toEqual(before);
  expect(await auditActions(listingId)).toEqual([]);
}

/** Runs `attempt` on a listing in the wrong state: the conflict's message, nothing changed. */
async function expectConflict(listingId: string, message: string, attempt: () => Promise<unknown>) {
  const before = await row(listingId);
  const error = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as Error).message).toBe(message);
  expect(await row(listingId)).toEqual(before);
  expect(await auditActions(listingId)).toEqual([]);
}

describe("closing a listing", () => {
  it("closes with the reason, tells each candidate still in progress once, and takes it off the live set", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const active = await Promise.all(
      (["NEW", "REVIEWING", "INTERVIEW", "OFFER"] as const).map((status) => applicant(listing.id, status)),
    );
    await applicant(listing.id, "WITHDRAWN");
    await applicant(listing.id, "REJECTED");
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    const outcome = await executeAction(closeListingDefinition, employer.actor, {
      listingId: listing.id,
      closeReason: "HIRED_THROUGH_BACKPLANE",
    });

    expect(outcome).toMatchObject({ ok: true, redirectTo: `/employer/listings/${listing.id}?done=closed` });
    expect(await row(listing.id)).toMatchObject({
      status: "CLOSED",
      closedReason: "HIRED_THROUGH_BACKPLANE",
      closedAt: expect.any(Date),
    });
    expect(await auditActions(listing.id)).toEqual(["listing.close"]);

    const mails = await outboxOf("listing-closed");
    expect(mails.map((m) => m.userId).sort()).toEqual(active.map((a) => a.candidate.user.id).sort());
    expect(mails.map((m) => (m.data as { applicationId: string }).applicationId).sort()).toEqual(
      active.map((a) => a.application.id).sort(),
    );
    expect(mails[0]!.data).toMatchObject({ listingTitle: listing.title, companyName: employer.company.name });

    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(1);
    expect(await jobsNamed("refresh-salary-bands")).toHaveLength(1);
    expect(await jobsNamed("refresh-search-facets")).toHaveLength(1);
  });

  it("closes an expired, pending or rejected listing too; a listing without applicants writes no mail", async () => {
    const employer = await createEmployer();
    for (const status of ["EXPIRED", "PENDING_REVIEW", "REJECTED"] as ListingStatus[]) {
      const listing = await createListing(employer.company.id, { status });
      await closeOwnListing(employer.actor, listing.id, "NO_LONGER_HIRING");
      expect(await row(listing.id)).toMatchObject({ status: "CLOSED", closedReason: "NO_LONGER_HIRING" });
    }
    expect(await outboxOf("listing-closed")).toEqual([]);
  });

  it("refuses another company's listing as not found, and writes no mail", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    await applicant(listing.id, "NEW");
    await expectNotFoundForOthers(listing.id, (other) => closeOwnListing(other.actor, listing.id, "HIRED_ELSEWHERE"));
    expect(await outboxOf("listing-closed")).toEqual([]);
  });

  it("refuses a closed listing or a draft with a conflict, and writes no mail", async () => {
    const employer = await createEmployer();
    for (const status of ["CLOSED", "DRAFT"] as ListingStatus[]) {
      const listing = await createListing(employer.company.id, { status });
      await expectConflict(listing.id, "This listing is already closed, or was never submitted.", () =>
        closeOwnListing(employer.actor, listing.id, "HIRED_ELSEWHERE"),
      );
    }
    expect(await outboxOf("listing-closed")).toEqual([]);
  });

  it("refuses a moderator's reason or none at all, naming the field", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    for (const closeReason of ["REMOVED_BY_MODERATOR", undefined, "whatever"]) {
      const outcome = await executeAction(closeListingDefinition, employer.actor, { listingId: listing.id, closeReason });
      expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { closeReason: ["Choose why the role is closing."] } } });
    }
    expect((await row(listing.id)).status).toBe("PUBLISHED");
  });

  it("is for employers only", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    for (const actor of [null, candidate.actor]) {
      const outcome = await executeAction(closeListingDefinition, actor, {
        listingId: listing.id,
        closeReason: "HIRED_ELSEWHERE",
      });
      expect(outcome.ok).toBe(false);
    }
    expect((await row(listing.id)).status).toBe("PUBLISHED");
  });
});

describe("renewing an expired listing", () => {
  it("publishes it again for a full period from now, clears the expiry stamp, and runs the live-set effects", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id, {
      status: "EXPIRED",
      publishedAt: new Date(Date.now() - 40 * DAY),
      expiresAt: new Date(Date.now() - 10 * DAY),
      expiredAt: new Date(Date.now() - 10 * DAY),
    });
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    const outcome = await executeAction(renewListingDefinition, employer.actor, { listingId: listing.id });

    expect(outcome).toMatchObject({ ok: true, redirectTo: `/employer/listings/${listing.id}?done=renewed` });
    const after = await row(listing.id);
    expect(after).toMatchObject({ status: "PUBLISHED", expiredAt: null });
    expect(after.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(after.confirmedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await auditActions(listing.id)).toEqual(["listing.renew"]);
    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(1);
    expect(await jobsNamed("refresh-search-terms")).toHaveLength(1);
  });

  it("refuses another company's listing, and a listing that is not expired", async () => {
    const employer = await createEmployer();
    const expired = await createListing(employer.company.id, { status: "EXPIRED" });
    await expectNotFoundForOthers(expired.id, (other) => renewOwnListing(other.actor, expired.id));
    for (const status of ["PUBLISHED", "CLOSED", "DRAFT"] as ListingStatus[]) {
      const listing = await createListing(employer.company.id, { status });
      await expectConflict(listing.id, "Only an expired listing can be renewed.", () =>
        renewOwnListing(employer.actor, listing.id),
      );
    }
  });
});

describe("confirming a listing still open", () => {
  it("moves the freshness date and the expiry", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id, { expiresAt: new Date(Date.now() + 2 * DAY) });

    const outcome = await executeAction(confirmListingDefinition, employer.actor, { listingId: listing.id });

    expect(outcome).toMatchObject({ ok: true, redirectTo: `/employer/listings/${listing.id}?done=confirmed` });
    const after = await row(listing.id);
    expect(after.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(after.confirmedAt!.getTime()).toBeGreaterThan(listing.confirmedAt!.getTime());
    expect(await auditActions(listing.id)).toEqual(["listing.confirm"]);
  });

  it("refuses another company's listing, and a listing that is not published", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    await expectNotFoundForOthers(listing.id, (other) => confirmOwnListing(other.actor, listing.id));
    const expired = await createListing(employer.company.id, { status: "EXPIRED" });
    await expectConflict(expired.id, "Only a published listing can be confirmed as still open.", () =>
      confirmOwnListing(employer.actor, expired.id),
    );
  });
});

describe("duplicating a listing", () => {
  it("copies content and skills into a new draft, never its state, dates or applications", async () => {
    const employer = await createEmployer();
    const skills = [await createSkill(), await createSkill()];
    const source = await createListing(employer.company.id, {
      status: "CLOSED",
      closedAt: new Date(),
      closedReason: "HIRED_ELSEWHERE",
      equity: "0.1%",
      skills: { create: skills.map((s) => ({ skillId: s.id })) },
    });
    await applicant(source.id, "HIRED");

    const outcome = await executeAction(duplicateListingDefinition, employer.actor, { listingId: source.id });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const copy = await db.listing.findUniqueOrThrow({
      where: { id: outcome.result.id },
      include: { skills: { orderBy: { skillId: "asc" } }, applications: true },
    });
    expect(outcome.redirectTo).toBe(`/employer/listings/${copy.id}/edit?done=duplicated`);
    expect(copy).toMatchObject({
      status: "DRAFT",
      companyId: employer.company.id,
      createdById: employer.user.id,
      title: source.title,
      description: source.description,
      levelId: source.levelId,
      salaryMin: source.salaryMin,
      equity: "0.1%",
      worldwide: true,
      submittedAt: null,
      publishedAt: null,
      closedAt: null,
      closedReason: null,
      expiresAt: null,
      viewCount: 0,
      applications: [],
    });
    expect(copy.slug).not.toBe(source.slug);
    expect(copy.skills.map((s) => s.skillId)).toEqual(skills.map((s) => s.id).sort());
    expect(await auditActions(copy.id)).toEqual(["listing.duplicate"]);
  });

  it("refuses another company's listing as not found, creating nothing", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    await expectNotFoundForOthers(listing.id, (other) => duplicateListing(other.actor, listing.id));
    expect(await db.listing.count()).toBe(1);
  });
});

describe("deleting a draft", () => {
  it("deletes a draft with an audit row", async () => {
    const employer = await createEmployer();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });

    const outcome = await executeAction(deleteDraftDefinition, employer.actor, { listingId: draft.id });

    expect(outcome).toMatchObject({ ok: true, redirectTo: "/employer?done=deleted" });
    expect(await db.listing.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await auditActions(draft.id)).toEqual(["listing.delete"]);
  });

  it("refuses another company's draft, and anything ever submitted", async () => {
    const employer = await createEmployer();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    await expectNotFoundForOthers(draft.id, (other) => deleteDraft(other.actor, draft.id));
    for (const status of ["PENDING_REVIEW", "PUBLISHED", "REJECTED", "CLOSED"] as ListingStatus[]) {
      const listing = await createListing(employer.company.id, { status });
      await expectConflict(listing.id, "Only a draft can be deleted; a submitted listing can be closed instead.", () =>
        deleteDraft(employer.actor, listing.id),
      );
    }
  });
});

describe("saving and editing through the posting form", () => {
  it("saves a new listing as a draft without submitting it", async () => {
    const employer = await createEmployer();
    const outcome = await executeAction(submitListingDefinition, employer.actor, { ...(await formFor()), intent: "save" });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await row(outcome.result.id)).toMatchObject({
      status: "DRAFT",
      submittedAt: null,
      title: "Principal platform architect",
    });
    expect(outcome.redirectTo).toBe(`/employer/listings/${outcome.result.id}?done=saved`);
    expect(await auditActions(outcome.result.id)).toEqual(["listing.create"]);
  });

  it("still submits by default, as before", async () => {
    const employer = await createEmployer();
    const outcome = await executeAction(submitListingDefinition, employer.actor, await formFor());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((await row(outcome.result.id)).status).toBe("PENDING_REVIEW");
  });

  it("edits a draft and keeps it a draft; then submits it", async () => {
    const employer = await createEmployer();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const form = await formFor({ listingId: draft.id });

    const saved = await executeAction(editListingDefinition, employer.actor, { ...form, intent: "save" });
    expect(saved).toMatchObject({ ok: true, redirectTo: `/employer/listings/${draft.id}?done=saved` });
    const afterSave = await row(draft.id);
    expect(afterSave).toMatchObject({
      status: "DRAFT",
      title: "Principal platform architect",
      salaryCurrency: "EUR",
      eligibleCountries: ["GB"],
      worldwide: false,
      tzWindowStartUtc: 8 * 60,
    });
    expect(afterSave.annualUsdMin).toBeGreaterThan(0);
    expect(afterSave.skills.map((s) => s.skillId)).toEqual([...(form.skills as string[])].sort());

    const submitted = await executeAction(editListingDefinition, employer.actor, { ...form, intent: "submit" });
    expect(submitted).toMatchObject({ ok: true, redirectTo: `/employer/listings/${draft.id}?done=submitted` });
    expect(await row(draft.id)).toMatchObject({ status: "PENDING_REVIEW", submittedAt: expect.any(Date) });
    expect(await auditActions(draft.id)).toEqual(["listing.edit", "listing.edit", "listing.submit"]);
  });

  it("edits a rejected listing and resubmits it: the moderator's reason is cleared", async () => {
    const employer = await createEmployer();
    const rejected = await createListing(employer.company.id, { status: "REJECTED" });

    const outcome = await executeAction(editListingDefinition, employer.actor, {
      ...(await formFor({ listingId: rejected.id })),
      intent: "submit",
    });

    expect(outcome.ok).toBe(true);
    expect(await row(rejected.id)).toMatchObject({ status: "PENDING_REVIEW", rejectionReason: null });
    expect(await auditActions(rejected.id)).toEqual(["listing.edit", "listing.submit"]);
  });

  it("saving a rejected listing keeps it rejected, with the reason; a pending listing stays in the queue", async () => {
    const employer = await createEmployer();
    const rejected = await createListing(employer.company.id, { status: "REJECTED" });
    const pending = await createListing(employer.company.id, { status: "PENDING_REVIEW" });

    await editListing(employer.actor, rejected.id, listingSchema.parse(await formFor()), "save");
    await editListing(employer.actor, pending.id, listingSchema.parse(await formFor()), "submit");

    expect(await row(rejected.id)).toMatchObject({ status: "REJECTED", rejectionReason: "Pay range missing its upper bound." });
    expect(await row(pending.id)).toMatchObject({ status: "PENDING_REVIEW", title: "Principal platform architect" });
    expect(await auditActions(pending.id)).toEqual(["listing.edit"]);
    // The waiting listing's new content gets its near-duplicates looked for again; the rejected one is not in the queue.
    expect((await jobsNamed("check-near-duplicates")).map((job) => job.data)).toEqual([{ listingId: pending.id }]);
  });

  it("refuses another company's listing as not found, and an expired or closed one as a conflict", async () => {
    const employer = await createEmployer();
    const input = listingSchema.parse(await formFor());
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const published = await createListing(employer.company.id);
    await expectNotFoundForOthers(draft.id, (other) => editListing(other.actor, draft.id, input, "submit"));
    await expectNotFoundForOthers(published.id, (other) => editListing(other.actor, published.id, input, "submit"));
    for (const status of ["EXPIRED", "CLOSED"] as ListingStatus[]) {
      const listing = await createListing(employer.company.id, { status });
      await expectConflict(
        listing.id,
        "An expired or closed listing cannot be edited; duplicate it into a new draft instead.",
        () => editListing(employer.actor, listing.id, input, "save"),
      );
    }
  });

  it("refuses bad input beside its field and changes nothing", async () => {
    const employer = await createEmployer();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const before = await row(draft.id);

    const outcome = await executeAction(editListingDefinition, employer.actor, {
      ...(await formFor({ listingId: draft.id, salaryMin: "300000", salaryMax: "200000", title: "x" })),
      intent: "publish",
    });

    expect(outcome).toMatchObject({
      ok: false,
      state: {
        fieldErrors: {
          title: ["Use at least 5 characters for the title."],
          salaryMax: ["The top of the range must be at least the bottom."],
          intent: ["Choose to save the listing or submit it."],
        },
      },
    });
    expect(await row(draft.id)).toEqual(before);
  });

  it("refuses a skill that does not exist, beside its field", async () => {
    const employer = await createEmployer();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const outcome = await executeAction(editListingDefinition, employer.actor, {
      ...(await formFor({ listingId: draft.id, skills: ["c" + "0".repeat(24)] })),
      intent: "save",
    });
    expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { skills: ["Choose skills from the list."] } } });
    expect(await auditActions(draft.id)).toEqual([]);
  });
});

describe("editing a published listing", () => {
  /** A live listing and the form that would re-send it unchanged. */
  async function liveListing(employer: Employer) {
    const form = await formFor();
    const input = listingSchema.parse(form);
    const listing = await createListing(employer.company.id, {
      levelId: input.levelId,
      title: input.title,
      description: input.description,
      benefits: input.benefits,
      salaryMin: input.salaryMin,
      salaryMax: input.salaryMax,
      salaryCurrency: input.salaryCurrency,
      worldwide: false,
      eligibleRegions: input.eligibleRegions,
      eligibleCountries: input.eligibleCountries,
      tzWindowStartUtc: input.tzWindowStartUtc,
      tzWindowEndUtc: input.tzWindowEndUtc,
      tzRequiredOverlapHours: input.tzRequiredOverlapHours,
      visaPolicy: input.visaPolicy,
      engagementModel: input.engagementModel,
      skills: { create: input.skills.map((skillId) => ({ skillId })) },
    });
    return { listing, form: { ...form, listingId: listing.id, intent: "submit" } };
  }

  it("publishes a change of the benefits, equity or bonus at once, with the live-set effects", async () => {
    const employer = await createEmployer();
    const { listing, form } = await liveListing(employer);
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    const outcome = await executeAction(editListingDefinition, employer.actor, {
      ...form,
      benefits: "Health cover, 30 days of leave and a home-office budget.",
      bonus: "Up to 10%",
    });

    expect(outcome).toMatchObject({ ok: true, redirectTo: `/employer/listings/${listing.id}?done=edit-published` });
    expect(await row(listing.id)).toMatchObject({
      status: "PUBLISHED",
      benefits: "Health cover, 30 days of leave and a home-office budget.",
      bonus: "Up to 10%",
      pendingEdit: null,
      pendingEditAt: null,
    });
    expect(await auditActions(listing.id)).toEqual(["listing.edit"]);
    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(1);
  });

  it("keeps the reviewed version live while a material change waits; a moderator sees the diff and approves it", async () => {
    const employer = await createEmployer();
    const { listing, form } = await liveListing(employer);
    const before = await row(listing.id);

    const outcome = await executeAction(editListingDefinition, employer.actor, {
      ...form,
      title: "Principal ledger architect",
      salaryMax: "250000",
      bonus: "Up to 10%",
    });

    expect(outcome).toMatchObject({ ok: true, redirectTo: `/employer/listings/${listing.id}?done=edit-pending` });
    const waiting = await row(listing.id);
    // Nothing candidates see has changed, not even the minor note sent with the material change.
    expect(waiting).toMatchObject({ status: "PUBLISHED", title: before.title, salaryMax: before.salaryMax, bonus: before.bonus });
    expect(waiting.pendingEditAt).toEqual(expect.any(Date));
    expect(await auditActions(listing.id)).toEqual(["listing.edit-submitted"]);

    const { actor: admin } = await createAdmin();
    const review = await getEditForReview(admin, listing.id);
    expect(review!.changes.map((c) => [c.name, c.material, c.before, c.after])).toEqual([
      ["title", true, [before.title], ["Principal ledger architect"]],
      ["salaryMax", true, ["230000"], ["250000"]],
      ["bonus", false, [], ["Up to 10%"]],
    ]);

    const expiredBefore = tagExpiryCount(LISTINGS_TAG);
    const approved = await executeAction(approveEditDefinition, admin, {
      listingId: listing.id,
      version: String(waiting.pendingEditAt!.getTime()),
    });
    expect(approved.ok).toBe(true);
    const after = await row(listing.id);
    expect(after).toMatchObject({
      status: "PUBLISHED",
      title: "Principal ledger architect",
      salaryMax: 250_000,
      bonus: "Up to 10%",
      pendingEdit: null,
      pendingEditAt: null,
      reviewedById: admin.id,
      publishedAt: before.publishedAt,
      expiresAt: before.expiresAt,
    });
    expect(after.annualUsdMax).toBeGreaterThan(before.annualUsdMax);
    expect(await auditActions(listing.id)).toEqual(["listing.edit-submitted", "listing.approve-edit"]);
    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(1);
  });

  it("a turned-down edit leaves the live version untouched, with the moderator's reason", async () => {
    const employer = await createEmployer();
    const { listing, form } = await liveListing(employer);
    await executeAction(editListingDefinition, employer.actor, { ...form, title: "Principal ledger architect" });
    const waiting = await row(listing.id);
    const { actor: admin } = await createAdmin();

    const outcome = await executeAction(rejectEditDefinition, admin, {
      listingId: listing.id,
      version: String(waiting.pendingEditAt!.getTime()),
      reason: "The new title names a different role; post it as a new listing.",
    });

    expect(outcome.ok).toBe(true);
    expect(await row(listing.id)).toMatchObject({
      title: listing.title,
      pendingEdit: null,
      pendingEditAt: null,
      editRejectionReason: "The new title names a different role; post it as a new listing.",
    });
    expect(await auditActions(listing.id)).toEqual(["listing.edit-submitted", "listing.reject-edit"]);
  });

  it("a moderator decides only the version they read, only once, and only as a moderator", async () => {
    const employer = await createEmployer();
    const { listing, form } = await liveListing(employer);
    await executeAction(editListingDefinition, employer.actor, { ...form, title: "Principal ledger architect" });
    const first = (await row(listing.id)).pendingEditAt!.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await executeAction(editListingDefinition, employer.actor, { ...form, title: "Principal ledger and payments architect" });
    const { actor: admin } = await createAdmin();

    await expectConflictKeeps(
      listing.id,
      "The employer changed the edit since this page was loaded. Review the new version.",
      () => approveEdit(admin, listing.id, first),
    );
    const forbidden = await executeAction(approveEditDefinition, employer.actor, {
      listingId: listing.id,
      version: String((await row(listing.id)).pendingEditAt!.getTime()),
    });
    expect(forbidden.ok).toBe(false);

    const current = (await row(listing.id)).pendingEditAt!.getTime();
    await approveEdit(admin, listing.id, current);
    expect((await row(listing.id)).title).toBe("Principal ledger and payments architect");
    await expectConflictKeeps(listing.id, "This listing has no edit waiting for review; someone may have decided already.", () =>
      rejectEdit(admin, listing.id, current, "Too late for this one."),
    );
  });

  it("sending the live version back unchanged drops a waiting edit", async () => {
    const employer = await createEmployer();
    const { listing, form } = await liveListing(employer);
    await executeAction(editListingDefinition, employer.actor, { ...form, title: "Principal ledger architect" });
    await executeAction(editListingDefinition, employer.actor, form);
    expect(await row(listing.id)).toMatchObject({ title: listing.title, pendingEdit: null, pendingEditAt: null });
  });

  it("reads a stored listing back into the form exactly: re-sending it changes nothing", async () => {
    const employer = await createEmployer();
    const { listing } = await liveListing(employer);
    const stored = await db.listing.findUniqueOrThrow({
      where: { id: listing.id },
      include: { skills: { select: { skill: { select: { id: true } } } } },
    });
    const values = listingFormValues(stored);
    await editListing(employer.actor, listing.id, listingSchema.parse(values), "submit");
    expect(await row(listing.id)).toMatchObject({ pendingEdit: null, title: stored.title, updatedAt: expect.any(Date) });
    expect(await auditActions(listing.id)).toEqual(["listing.edit"]);
  });
});

describe("a moderator approves the version they read", () => {
  it("approving a listing the employer edited while it waited is a conflict; the current version can be approved", async () => {
    const employer = await createEmployer();
    const form = await formFor();
    expect((await executeAction(submitListingDefinition, employer.actor, form)).ok).toBe(true);
    const { id } = await db.listing.findFirstOrThrow({ where: { companyId: employer.company.id } });
    // What the moderator's page showed.
    const read = (await row(id)).updatedAt.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const edited = await executeAction(editListingDefinition, employer.actor, {
      ...form,
      listingId: id,
      intent: "save",
      title: "Principal ledger architect",
    });
    expect(edited.ok).toBe(true);
    const { actor: admin } = await createAdmin();
    const before = await row(id);

    const stale = await executeAction(approveListingDefinition, admin, { listingId: id, version: String(read) });

    expect(stale.ok).toBe(false);
    expect(stale.state).toMatchObject({
      status: "error",
      message:
        "The employer changed this listing after you opened it, so it was not approved. Read the new version, then decide.",
    });
    expect(await row(id)).toEqual(before);
    expect(await auditActions(id)).not.toContain("listing.approve");

    const current = await executeAction(approveListingDefinition, admin, {
      listingId: id,
      version: String(before.updatedAt.getTime()),
    });
    expect(current.ok).toBe(true);
    expect(await row(id)).toMatchObject({ status: "PUBLISHED", title: "Principal ledger architect" });
    // The same approval again: the listing is no longer waiting, which the message says.
    const again = await executeAction(approveListingDefinition, admin, {
      listingId: id,
      version: String(before.updatedAt.getTime()),
    });
    expect(again.state).toMatchObject({ status: "error", message: expect.stringContaining("no longer waiting for review") });
  });

  it("approving a published listing's edit that the employer replaced after the moderator opened it is a conflict", async () => {
    const employer = await createEmployer();
    const form = await formFor();
    expect((await executeAction(submitListingDefinition, employer.actor, form)).ok).toBe(true);
    const { id } = await db.listing.findFirstOrThrow({ where: { companyId: employer.company.id } });
    const { actor: admin } = await createAdmin();
    expect(
      (
        await executeAction(approveListingDefinition, admin, {
          listingId: id,
          version: String((await row(id)).updatedAt.getTime()),
        })
      ).ok,
    ).toBe(true);
    const edit = { ...form, listingId: id, intent: "submit" };
    expect(
      (await executeAction(editListingDefinition, employer.actor, { ...edit, title: "Principal ledger architect" })).ok,
    ).toBe(true);
    const read = (await row(id)).pendingEditAt!.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      (await executeAction(editListingDefinition, employer.actor, { ...edit, title: "Principal payments architect" })).ok,
    ).toBe(true);
    const before = await row(id);

    const stale = await executeAction(approveEditDefinition, admin, { listingId: id, version: String(read) });

    expect(stale.ok).toBe(false);
    expect(stale.state).toMatchObject({
      status: "error",
      message: "The employer changed the edit since this page was loaded. Review the new version.",
    });
    expect(await row(id)).toEqual(before);
    expect(before.title).toBe(form.title);
  });
});

/** A conflict with its message; the listing's content and its waiting edit unchanged. */
async function expectConflictKeeps(listingId: string, message: string, attempt: () => Promise<unknown>) {
  const before = await db.listing.findUniqueOrThrow({ where: { id: listingId } });
  const error = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as Error).message).toBe(message);
  const after = await db.listing.findUniqueOrThrow({ where: { id: listingId } });
  expect(after).toEqual(before);
}
