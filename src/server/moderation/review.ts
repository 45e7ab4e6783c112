import "server-only";
import { ForbiddenError } from "@/lib/errors";
import { reviewSignals } from "@/lib/review-signals";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { moveListing, type MovedListing } from "@/server/listings/lifecycle";

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

export async function approveListing(actor: Actor, listingId: string): Promise<MovedListing> {
  assertAdmin(actor);
  return moveListing("approve", { listingId, actor });
}

export async function rejectListing(actor: Actor, listingId: string, reason: string): Promise<MovedListing> {
  assertAdmin(actor);
  return moveListing("reject", { listingId, actor, reason });
}
