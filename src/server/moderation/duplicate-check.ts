import "server-only";
import { db } from "@/server/db";
import { findNearDuplicates } from "@/server/moderation/duplicates";

// The near-duplicate check, run by the job check-near-duplicates when a listing enters review (the
// lifecycle enqueues it) and on a clock as a backstop. The query takes seconds on a large board
// (docs/decisions/033-verified-employers.md), so the review queue reads what this stores instead of
// running it on every page load.

const BACKSTOP_BATCH = 50;

/**
 * Checks one pending listing, or (without an id) every pending listing whose stored check is missing or
 * older than its content. Each listing's matches are replaced whole in one transaction, so a rerun leaves
 * the same rows. Returns how many listings were checked.
 */
export async function checkNearDuplicates(listingId?: string): Promise<number> {
  const ids = listingId ? [listingId] : await uncheckedPendingIds();
  let checked = 0;
  for (const id of ids) if (await checkOne(id)) checked += 1;
  return checked;
}

async function uncheckedPendingIds(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT l."id" FROM "Listing" l
      LEFT JOIN "ListingDuplicateCheck" c ON c."listingId" = l."id"
     WHERE l."status" = 'PENDING_REVIEW' AND (c."listingId" IS NULL OR c."listingUpdatedAt" <> l."updatedAt")
     ORDER BY l."submittedAt" NULLS LAST, l."id"
     LIMIT ${BACKSTOP_BATCH}`;
  return rows.map((r) => r.id);
}

async function checkOne(listingId: string): Promise<boolean> {
  const before = await db.listing.findUnique({ where: { id: listingId }, select: { status: true, updatedAt: true } });
  // Decided (or gone) before the job ran: nothing to show in the queue.
  if (before?.status !== "PENDING_REVIEW") return false;
  const now = new Date();
  const matches = (await findNearDuplicates([listingId], now)).get(listingId) ?? [];
  await db.$transaction(async (tx) => {
    await tx.listingDuplicateMatch.deleteMany({ where: { pendingListingId: listingId } });
    await tx.listingDuplicateMatch.createMany({
      data: matches.map((m) => ({
        pendingListingId: listingId,
        matchedListingId: m.id,
        similarity: m.similarity,
        repost: m.repost,
        computedAt: now,
      })),
    });
    // Stamped with the content it was computed from: an edit after the read leaves the check stale, and
    // the queue says "pending" until the edit's own run (or the backstop) catches up.
    const stamp = { listingUpdatedAt: before.updatedAt, checkedAt: now };
    await tx.listingDuplicateCheck.upsert({ where: { listingId }, create: { listingId, ...stamp }, update: stamp });
  });
  return true;
}
