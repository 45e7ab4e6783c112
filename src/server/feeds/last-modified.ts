import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { feedUpdated, type Feed } from "@/lib/feeds/feed";
import { readDb } from "@/server/db-read";
import { utc } from "@/server/search/filters";
import { TRANSITIONS } from "@/server/listings/lifecycle";

// A feed's Last-Modified: the newest change of the listings in it (published or confirmed open), or the
// newest moment any listing left the live set, whichever is later. A listing that leaves changes every feed
// it was in without changing the listings that remain, and which feeds it was in is no longer known, so a
// departure counts for all of them: a reader then fetches once more than needed, never once too few.
// The ETag (feed-response.ts) stays the exact test; Last-Modified serves readers that only send
// If-Modified-Since.

// The audit verbs of every move out of the live set, derived from the lifecycle's table, so a transition
// added there (close, unpublish, suspend) counts here without a change.
// A company's suspension takes all its listings out at once and its restoring puts back listings whose own
// dates are old, so both count as departures too (docs/decisions/027-moderation.md).
const DEPARTURES = [
  ...Object.values(TRANSITIONS)
    .filter((rule) => (rule.from as readonly string[]).includes("PUBLISHED") && rule.to !== "PUBLISHED")
    .map((rule) => rule.audit),
  "company.suspend",
  "company.restore",
];

/** The newest departure from the live set: a move out of PUBLISHED, or a published listing's date passing. */
async function lastDeparture(now: Date): Promise<Date | null> {
  // One index lookup per verb (AuditLog(action, createdAt)) and one for dates passed (Listing(status, expiresAt)).
  const moved = DEPARTURES.map(
    (action) => Prisma.sql`(SELECT max(a."createdAt") FROM "AuditLog" a WHERE a."action" = ${action})`,
  );
  const [row] = await readDb().$queryRaw<{ at: Date | null }[]>`
    SELECT greatest(
      ${Prisma.join(moved, ", ")},
      (SELECT max(l."expiresAt") FROM "Listing" l WHERE l."status" = 'PUBLISHED' AND l."expiresAt" <= ${utc(now)})
    ) AS "at"`;
  return row?.at ?? null;
}

/** Last-Modified for a feed, whole seconds (HTTP dates have no finer unit); null when nothing ever changed. */
export async function feedLastModified(feed: Feed, now: Date = new Date()): Promise<Date | null> {
  const dates = [feedUpdated(feed), await lastDeparture(now)].filter((d): d is Date => d !== null);
  if (dates.length === 0) return null;
  const newest = Math.max(...dates.map((d) => d.getTime()));
  return new Date(Math.floor(newest / 1000) * 1000);
}
