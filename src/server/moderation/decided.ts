import "server-only";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { listingDetailSelect } from "@/server/listings/public";

/** The listing a moderator just decided, for the confirmation banner; null when the id is unknown. */
export async function findDecidedListing(actor: Actor, listingId: string) {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
  return db.listing.findUnique({ where: { id: listingId }, select: { title: true, slug: true, status: true } });
}

/** Any listing, in any state, as the listing page would show it: moderators read it in full before deciding. */
export async function getListingForReview(actor: Actor, listingId: string) {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
  return db.listing.findUnique({
    where: { id: listingId },
    select: { ...listingDetailSelect, status: true, submittedAt: true, updatedAt: true, rejectionReason: true },
  });
}
