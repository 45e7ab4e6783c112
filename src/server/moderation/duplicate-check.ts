import "server-only";
import { db } from "@/server/db";
import { findNearDuplicates, type CheckedContent } from "@/server/moderation/duplicates";

// The near-duplicate check, run by the job check-near-duplicates when a listing enters review, its waiting
// content changes, or a published listing's material edit starts waiting (the lifecycle enqueues it), and
// on a clock as a backstop. The query takes seconds on a large board
// (docs/decisions/033-verified-employers.md), so the review queue reads what this stores instead of
// running it on every page load.

const BACKSTOP_BATCH = 50;

/**
 * Checks one pending listing or waiting edit, or (without an id) every one whose stored check is missing
 * or older than its content. Each listing's matches are replaced whole in one transaction, so a rerun leaves
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
     WHERE (l."status" = 'PENDING_REVIEW' AND (c."listingId" IS NULL OR c."listingUpdatedAt" <> l."updatedAt"))
        OR (l."status" = 'PUBLISHED' AND l."pendingEditAt" IS NOT NULL
            AND (c."listingId" IS NULL OR c."listingUpdatedAt" <> l."pendingEditAt"))
     ORDER BY COALESCE(l."pendingEditAt", l."submittedAt") NULLS LAST, l."id"
     LIMIT ${BACKSTOP_BATCH}`;
  return rows.map((r) => r.id);
}

/**
 * What a listing's check compares, and the version it is stamped with: a listing waiting for review as it
 * is (its updatedAt), or a published listing's waiting edit (its pendingEditAt; the edit's values are read
 * by the query). Anything else (decided, gone, an edit decided) has nothing to check.
 */
async function checkedContent(listingId: string): Promise<{ of: CheckedContent; version: Date } | null> {
  const row = await db.listing.findUnique({
    where: { id: listingId },
    select: { status: true, updatedAt: true, pendingEditAt: true },
  });
  if (row?.status === "PENDING_REVIEW") return { of: "listing", version: row.updatedAt };
  if (row?.status === "PUBLISHED" && row.pendingEditAt) return { of: "pendingEdit", version: row.pendingEditAt };
  return null;
}

async function checkOne(listingId: string): Promise<boolean> {
  const before = await checkedContent(listingId);
  // Decided (or gone) before the job ran: nothing to show in the queue.
  if (!before) return false;
  const now = new Date();
  const matches = (await findNearDuplicates([listingId], now, before.of)).get(listingId) ?? [];
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
    // Stamped with the version it was computed from: an edit after the read leaves the check stale, and
    // the page says "pending" until the edit's own run (or the backstop) catches up. (A listing waits either
    // in the queue or as an edit, never both, so one stamp column serves both.)
    const stamp = { listingUpdatedAt: before.version, checkedAt: now };
    await tx.listingDuplicateCheck.upsert({ where: { listingId }, create: { listingId, ...stamp }, update: stamp });
  });
  return true;
}
