import "server-only";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { ApplyInput } from "@/lib/schemas/application";
import { assertEmailVerified } from "@/server/accounts/verification";
import type { Actor } from "@/server/auth/session";
import { ACTIVE_STATUSES, moveApplication, recordApplicationSent } from "@/server/applications/lifecycle";
import { db } from "@/server/db";
import { lockCvForApplying } from "@/server/documents/cvs";
import { liveListingWhere } from "@/server/listings/visibility";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";
import { companyMemberIds } from "@/server/mail/recipients";

function assertCandidate(actor: Actor) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts can apply.");
}

/**
 * One application per candidate and listing (a unique constraint): a second submission, a double click
 * or a replayed form, returns the existing application and changes nothing. The candidate's confirmation
 * and the company team's notices are written in the same transaction as the application.
 */
export async function applyToListing(actor: Actor, input: ApplyInput) {
  assertCandidate(actor);
  return withMail(async (tx) => {
    await assertEmailVerified(tx, actor.id, "apply");
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, ...liveListingWhere() },
      select: { id: true, slug: true, title: true, companyId: true, company: { select: { name: true } } },
    });
    if (!listing) throw new NotFoundError("This listing is not open for applications.");
    const cvDocumentId = input.cvDocumentId ? await lockCvForApplying(tx, actor.id, input.cvDocumentId) : null;
    const created = await tx.application.createManyAndReturn({
      data: [{ listingId: listing.id, candidateId: actor.id, coverNote: input.coverNote, cvDocumentId }],
      skipDuplicates: true,
      select: { id: true, candidateId: true, candidate: { select: { name: true } } },
    });
    const application = created[0];
    if (!application) {
      const existing = await tx.application.findUniqueOrThrow({
        where: { listingId_candidateId: { listingId: listing.id, candidateId: actor.id } },
        select: { id: true },
      });
      return { applicationId: existing.id, slug: listing.slug, alreadyApplied: true };
    }
    await recordApplicationSent(tx, application);
    await enqueueEmail(tx, {
      kind: "application-received",
      to: { userId: actor.id },
      data: { applicationId: application.id, listingTitle: listing.title, companyName: listing.company.name },
      dedupeKey: `application-received:${application.id}`,
    });
    for (const userId of await companyMemberIds(tx, listing.companyId)) {
      await enqueueEmail(tx, {
        kind: "new-application",
        to: { userId },
        data: {
          applicationId: application.id,
          listingId: listing.id,
          listingTitle: listing.title,
          candidateName: application.candidate.name,
        },
        dedupeKey: `new-application:${application.id}:${userId}`,
      });
    }
    return { applicationId: application.id, slug: listing.slug, alreadyApplied: false };
  });
}

/** The actor's own application to a listing, if any (for the apply box on a listing page). */
export async function findOwnApplication(actor: Actor, listingId: string) {
  if (actor.role !== "CANDIDATE") return null;
  return db.application.findUnique({
    where: { listingId_candidateId: { listingId, candidateId: actor.id } },
    select: { id: true, status: true, createdAt: true },
  });
}

export async function listOwnApplications(actor: Actor) {
  assertCandidate(actor);
  return db.application.findMany({
    where: { candidateId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      createdAt: true,
      listing: { select: { slug: true, title: true, status: true, expiresAt: true, company: { select: { name: true } } } },
    },
  });
}

/** The actor's application; null for another candidate's, exactly like one that does not exist. */
export async function getOwnApplication(actor: Actor, applicationId: string) {
  assertCandidate(actor);
  return db.application.findFirst({
    where: { id: applicationId, candidateId: actor.id },
    select: {
      id: true,
      status: true,
      coverNote: true,
      createdAt: true,
      updatedAt: true,
      viewedAt: true,
      withdrawnAt: true,
      listing: { select: { slug: true, title: true, status: true, expiresAt: true, company: { select: { name: true } } } },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, toStatus: true, actorKind: true, message: true, createdAt: true },
      },
    },
  });
}

/** Withdraws the candidate's own application through the lifecycle; another candidate's is "not found". */
export async function withdrawOwnApplication(actor: Actor, applicationId: string, reason: string | null) {
  assertCandidate(actor);
  return moveApplication({
    applicationId,
    to: "WITHDRAWN",
    actor: { id: actor.id, email: actor.email },
    scope: { candidateId: actor.id },
    message: reason,
  });
}

/**
 * Rewrites the cover note while no company member has opened the application and it is still in play.
 * The unopened state is in the `where`, so a note cannot change after (or while) the company reads it.
 */
export async function editOwnCoverNote(actor: Actor, applicationId: string, coverNote: string) {
  assertCandidate(actor);
  const { count } = await db.application.updateMany({
    where: { id: applicationId, candidateId: actor.id, viewedAt: null, status: { in: [...ACTIVE_STATUSES] } },
    data: { coverNote },
  });
  if (count === 1) return { applicationId };
  const existing = await db.application.findFirst({
    where: { id: applicationId, candidateId: actor.id },
    select: { status: true },
  });
  if (!existing) throw new NotFoundError("Application not found.");
  throw new ConflictError(
    existing.status === "WITHDRAWN"
      ? "You withdrew this application, so its cover note can no longer change."
      : "The company has already opened your application, so its cover note can no longer change.",
  );
}
