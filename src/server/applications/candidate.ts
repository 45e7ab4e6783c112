import "server-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { ApplyInput } from "@/lib/schemas/application";
import type { Actor } from "@/server/auth/session";
import { recordApplicationSent } from "@/server/applications/lifecycle";
import { db } from "@/server/db";
import { liveListingWhere } from "@/server/listings/visibility";

function assertCandidate(actor: Actor) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts can apply.");
}

/**
 * One application per candidate and listing (a unique constraint): a second submission, a double click
 * or a replayed form, returns the existing application and changes nothing.
 */
export async function applyToListing(actor: Actor, input: ApplyInput) {
  assertCandidate(actor);
  const listing = await db.listing.findFirst({
    where: { id: input.listingId, ...liveListingWhere() },
    select: { id: true, slug: true },
  });
  if (!listing) throw new NotFoundError("This listing is not open for applications.");
  const created = await db.$transaction(async (tx) => {
    const [row] = await tx.application.createManyAndReturn({
      data: [{ listingId: listing.id, candidateId: actor.id, coverNote: input.coverNote }],
      skipDuplicates: true,
      select: { id: true, candidateId: true },
    });
    if (row) await recordApplicationSent(tx, row);
    return row;
  });
  if (created) return { applicationId: created.id, slug: listing.slug, alreadyApplied: false };
  const existing = await db.application.findUniqueOrThrow({
    where: { listingId_candidateId: { listingId: listing.id, candidateId: actor.id } },
    select: { id: true },
  });
  return { applicationId: existing.id, slug: listing.slug, alreadyApplied: true };
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
      listing: { select: { slug: true, title: true, status: true, company: { select: { name: true } } } },
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
      listing: { select: { slug: true, title: true, company: { select: { name: true } } } },
    },
  });
}
