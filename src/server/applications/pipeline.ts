import "server-only";
import { assessEligibility } from "@/lib/eligibility";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { timezoneOffsetMinutes } from "@/lib/utc-offset";
import { moveApplication, moveApplications, type MoveTarget } from "@/server/applications/lifecycle";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { readEligibilityProfile } from "@/server/candidates/eligibility-profile";
import { currentMembership } from "@/server/companies/membership";
import { db } from "@/server/db";
import { employerCompanyId } from "@/server/listings/employer";
import { getRegions } from "@/server/listings/public";

// A company's work on its applicants: moving them through the stages (always through the application
// lifecycle, scoped to the actor's company), reading one, its private notes and rating. Another company's
// application is "not found" and nothing changes.

export type CompanyMoveTarget = Exclude<MoveTarget, "WITHDRAWN">;

/** Moves several applicants of one own listing; reports how many moved and how many stayed where they were. */
export async function moveApplicants(
  actor: Actor,
  input: { listingId: string; applicationIds: string[]; to: CompanyMoveTarget; message?: string | null },
) {
  const { companyId } = await currentMembership(actor);
  const listing = await db.listing.findFirst({ where: { id: input.listingId, companyId }, select: { id: true } });
  if (!listing) throw new NotFoundError("Listing not found.");
  const result = await moveApplications({
    applicationIds: input.applicationIds,
    to: input.to,
    actor,
    scope: { listingId: listing.id, listing: { companyId } },
    message: input.message ?? null,
  });
  // Ids of other listings or companies are neither moved nor counted: they are not this listing's.
  if (result.moved.length === 0 && result.unchanged.length === 0) throw new NotFoundError("Applicants not found.");
  if (result.moved.length === 0) {
    throw new ConflictError(
      result.unchanged.length === 1
        ? "That applicant cannot move to that stage from where they are now; nothing changed."
        : `None of the ${result.unchanged.length} applicants can move to that stage from where they are now; nothing changed.`,
    );
  }
  return { listingId: listing.id, moved: result.moved.length, unchanged: result.unchanged.length };
}

/** Moves one applicant: "not found" outside the company, a conflict when the move does not apply. */
export async function moveApplicant(
  actor: Actor,
  input: { applicationId: string; to: CompanyMoveTarget; message?: string | null },
) {
  const { companyId } = await currentMembership(actor);
  return moveApplication({
    applicationId: input.applicationId,
    to: input.to,
    actor,
    scope: { listing: { companyId } },
    message: input.message ?? null,
  });
}

/**
 * One application as its company sees it, with the candidate's eligibility verdict for the listing, its
 * timeline and the company's notes. The first time a member opens it, `viewedAt` is set (once: the
 * condition is in the `where`, so later openings and concurrent ones change nothing).
 */
export async function getApplicationForCompany(actor: Actor, applicationId: string) {
  const companyId = employerCompanyId(actor);
  const scope = { id: applicationId, listing: { companyId } };
  const application = await db.application.findFirst({
    where: scope,
    select: {
      id: true,
      status: true,
      coverNote: true,
      createdAt: true,
      viewedAt: true,
      rating: true,
      candidateId: true,
      cvDocumentId: true,
      candidate: { select: { name: true, email: true, deletedAt: true } },
      listing: {
        select: {
          id: true,
          title: true,
          worldwide: true,
          eligibleRegions: true,
          eligibleCountries: true,
          tzWindowStartUtc: true,
          tzWindowEndUtc: true,
          tzRequiredOverlapHours: true,
          visaPolicy: true,
        },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, actorKind: true, message: true, createdAt: true },
      },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!application) return null;
  if (!application.viewedAt) {
    const viewedAt = new Date();
    await db.application.updateMany({ where: { ...scope, viewedAt: null }, data: { viewedAt } });
  }
  // The page needs the candidate's verdict, not their id.
  const { candidateId, candidate, ...rest } = application;
  const [profile, regions] = await Promise.all([readEligibilityProfile(candidateId), getRegions()]);
  const eligibility = profile
    ? assessEligibility(
        rest.listing,
        {
          country: profile.country,
          utcOffsetMinutes: profile.timezone ? timezoneOffsetMinutes(profile.timezone) : null,
          workAuthorizations: profile.workAuthorizations,
          workDay: profile.workDay ?? undefined,
        },
        [...regions.values()],
      )
    : null;
  // A deleted account's tombstone address reaches nobody (docs/decisions/029-your-data.md).
  const candidateView = { name: candidate.name, email: candidate.deletedAt ? null : candidate.email };
  return { ...rest, candidate: candidateView, eligibility };
}

async function applicationInScope(companyId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, listing: { companyId } },
    select: { id: true },
  });
  if (!application) throw new NotFoundError("Application not found.");
  return application;
}

/** A private note on an applicant, visible to the company's members only; audited with the write. */
export async function addApplicationNote(actor: Actor, input: { applicationId: string; body: string }) {
  const { companyId } = await currentMembership(actor);
  await applicationInScope(companyId, input.applicationId);
  return db.$transaction(async (tx) => {
    const note = await tx.applicationNote.create({
      data: { applicationId: input.applicationId, authorId: actor.id, body: input.body },
      select: { id: true, applicationId: true },
    });
    await recordAudit(tx, actor, {
      action: "application.note",
      targetType: "Application",
      targetId: input.applicationId,
      metadata: { noteId: note.id },
    });
    return note;
  });
}

/** The company's 1–5 rating of an applicant (or none); ownership is in the update's `where`. */
export async function rateApplication(actor: Actor, input: { applicationId: string; rating: number | null }) {
  const { companyId } = await currentMembership(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.application.findFirst({
      where: { id: input.applicationId, listing: { companyId } },
      select: { rating: true },
    });
    if (!before) throw new NotFoundError("Application not found.");
    await tx.application.updateMany({
      where: { id: input.applicationId, listing: { companyId } },
      data: { rating: input.rating },
    });
    await recordAudit(tx, actor, {
      action: "application.rate",
      targetType: "Application",
      targetId: input.applicationId,
      metadata: { from: before.rating, to: input.rating },
    });
    return { applicationId: input.applicationId, rating: input.rating };
  });
}
