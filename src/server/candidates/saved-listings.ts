import "server-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { liveListingWhere } from "@/server/listings/visibility";

// A candidate's saved listings. The row's key is (user, listing) and the user always comes from the actor,
// so saving twice, unsaving twice or replaying a form changes nothing more, and no one reaches another
// candidate's list.

function assertCandidate(actor: Actor) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts can save roles.");
}

/** Saves a live listing; one that is not public is "not found", exactly like one that never existed. */
export async function saveListing(actor: Actor, listingId: string) {
  assertCandidate(actor);
  const listing = await db.listing.findFirst({ where: { id: listingId, ...liveListingWhere() }, select: { slug: true } });
  if (!listing) throw new NotFoundError("This role is no longer open.");
  await db.savedListing.createMany({ data: [{ userId: actor.id, listingId }], skipDuplicates: true });
  return { slug: listing.slug };
}

/** Removes the listing from the candidate's own list, whatever its state now (closed ones too). */
export async function unsaveListing(actor: Actor, listingId: string) {
  assertCandidate(actor);
  await db.savedListing.deleteMany({ where: { userId: actor.id, listingId } });
}

export async function isListingSaved(actor: Actor, listingId: string): Promise<boolean> {
  if (actor.role !== "CANDIDATE") return false;
  return (await db.savedListing.count({ where: { userId: actor.id, listingId } })) > 0;
}

/** The candidate's most recently saved listing ids (the cards' toggles); empty for other roles. */
export async function savedListingIds(actor: Actor): Promise<string[]> {
  if (actor.role !== "CANDIDATE") return [];
  const rows = await db.savedListing.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { listingId: true },
  });
  return rows.map((row) => row.listingId);
}

export async function listSavedListings(actor: Actor) {
  assertCandidate(actor);
  return db.savedListing.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      createdAt: true,
      listing: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          expiresAt: true,
          company: { select: { name: true } },
        },
      },
    },
  });
}
