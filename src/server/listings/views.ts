import "server-only";
import { isObviousBot } from "@/lib/bot-agent";
import { db } from "@/server/db";

// Counting views of listing pages (docs/decisions/032-listing-stats.md). The page itself is cached whole
// for every visitor (decision 011), so the count comes from a beacon its script sends; each one adds 1
// to the listing's row for the day (UTC). Nothing about the visitor is read or kept: no cookie, no
// address, not the User-Agent beyond the question "is this obviously a program".

export type ViewVerdict = "counted" | "bot" | "not-live";

/** Counts one view of a live listing; views of anything else (closed, unknown, made-up id) count nowhere. */
export async function countListingView(listingId: string, userAgent: string | null, now = new Date()): Promise<ViewVerdict> {
  if (isObviousBot(userAgent)) return "bot";
  const day = now.toISOString().slice(0, 10);
  // One statement: the listing must be live at this moment (liveListingWhere's rule), and concurrent views of the same listing on
  // the same day add up (the upsert takes the row's lock) instead of overwriting each other.
  const inserted = await db.$executeRaw`
    INSERT INTO "ListingViewDay" ("listingId", day, views)
    SELECT l.id, ${day}::date, 1 FROM "Listing" l JOIN "Company" c ON c.id = l."companyId"
    WHERE l.id = ${listingId} AND l.status = 'PUBLISHED' AND l."expiresAt" > ${now} AND c.status = 'ACTIVE'
    ON CONFLICT ("listingId", day) DO UPDATE SET views = "ListingViewDay".views + 1`;
  return inserted > 0 ? "counted" : "not-live";
}
