import "server-only";
import { ForbiddenError } from "@/lib/errors";
import { reviewSignals } from "@/lib/review-signals";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { changeListings, type MovedListing } from "@/server/listings/lifecycle";
import { companyMemberIds } from "@/server/mail/recipients";

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
}

/** Listings waiting for a decision, oldest first, with the signals a moderator should see. */
export async function listReviewQueue(actor: Actor) {
  assertAdmin(actor);
  const pending = await db.listing.findMany({
    where: { status: "PENDING_REVIEW" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryPeriod: true,
      annualUsdMin: true,
      annualUsdMax: true,
      submittedAt: true,
      level: { select: { name: true, slug: true } },
      company: { select: { id: true, name: true, createdAt: true } },
    },
  });
  // Same company, same title, already on the board or also waiting: a likely duplicate.
  const siblings = await db.listing.findMany({
    where: {
      companyId: { in: pending.map((l) => l.company.id) },
      status: { in: ["PENDING_REVIEW", "PUBLISHED"] },
    },
    select: { id: true, companyId: true, title: true },
  });
  return pending.map(({ description, ...listing }) => ({
    ...listing,
    signals: reviewSignals({
      ...listing,
      description,
      companyCreatedAt: listing.company.createdAt,
      duplicateTitle: siblings.some(
        (s) =>
          s.id !== listing.id &&
          s.companyId === listing.company.id &&
          s.title.trim().toLowerCase() === listing.title.trim().toLowerCase(),
      ),
    }),
  }));
}

/** Publishes a listing; its company's team hears about it in the same transaction. */
export async function approveListing(actor: Actor, listingId: string): Promise<MovedListing> {
  assertAdmin(actor);
  return changeListings(async (changes) => {
    const listing = await changes.move("approve", { listingId, actor });
    for (const userId of await companyMemberIds(changes.tx, listing.companyId)) {
      await changes.email({
        kind: "listing-approved",
        to: { userId },
        data: { listingId: listing.id, listingTitle: listing.title, listingSlug: listing.slug },
        dedupeKey: `listing-approved:${listing.id}:${changes.now.getTime()}:${userId}`,
      });
    }
    return listing;
  });
}

/** Sends a listing back with a reason; its company's team gets the reason by mail in the same transaction. */
export async function rejectListing(actor: Actor, listingId: string, reason: string): Promise<MovedListing> {
  assertAdmin(actor);
  return changeListings(async (changes) => {
    const listing = await changes.move("reject", { listingId, actor, reason });
    for (const userId of await companyMemberIds(changes.tx, listing.companyId)) {
      await changes.email({
        kind: "listing-rejected",
        to: { userId },
        data: { listingId: listing.id, listingTitle: listing.title, reason },
        dedupeKey: `listing-rejected:${listing.id}:${changes.now.getTime()}:${userId}`,
      });
    }
    return listing;
  });
}
