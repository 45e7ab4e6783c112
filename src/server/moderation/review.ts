import "server-only";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { expiryFrom } from "@/lib/listing-lifecycle";
import { reviewSignals } from "@/lib/review-signals";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/db";
import { refreshSalaryBandsAfterChange } from "@/server/salaries/recompute";

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

export async function approveListing(actor: Actor, listingId: string) {
  assertAdmin(actor);
  const now = new Date();
  const approved = await db.$transaction(async (tx) => {
    // The status is part of the where: approving twice, or approving a draft, changes nothing.
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "PENDING_REVIEW" },
      data: {
        status: "PUBLISHED",
        publishedAt: now,
        confirmedAt: now,
        expiresAt: expiryFrom(now),
        reviewedAt: now,
        reviewedById: actor.id,
        rejectionReason: null,
      },
    });
    if (count === 0) await refuseStale(tx, listingId);
    await recordAudit(tx, actor, { action: "listing.approve", targetType: "Listing", targetId: listingId });
    return decided(tx, listingId);
  });
  // After the commit, outside the transaction: a live listing joins the salary bands (docs/decisions/006).
  await refreshSalaryBandsAfterChange();
  return approved;
}

export async function rejectListing(actor: Actor, listingId: string, reason: string) {
  assertAdmin(actor);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "PENDING_REVIEW" },
      data: { status: "REJECTED", rejectionReason: reason, reviewedAt: now, reviewedById: actor.id },
    });
    if (count === 0) await refuseStale(tx, listingId);
    await recordAudit(tx, actor, { action: "listing.reject", targetType: "Listing", targetId: listingId, reason });
    return decided(tx, listingId);
  });
}

function decided(tx: Tx, listingId: string) {
  return tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: { id: true, slug: true, title: true } });
}

async function refuseStale(tx: Tx, listingId: string): Promise<never> {
  const exists = await tx.listing.findUnique({ where: { id: listingId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That listing does not exist.");
  throw new ConflictError("This listing is no longer waiting for review; someone may have decided already.");
}
