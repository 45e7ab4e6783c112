import "server-only";
import { publicAvailability, type PublicAvailability } from "@/lib/listing-availability";
import { db } from "@/server/db";

/** Whether a listing's public URL is live, gone (410) or missing (404): one lookup by the unique slug. */
export async function findListingAvailability(slug: string, now: Date = new Date()): Promise<PublicAvailability> {
  const row = await db.listing.findUnique({
    where: { slug },
    select: { status: true, publishedAt: true, expiresAt: true, company: { select: { status: true } } },
  });
  return publicAvailability(row && { ...row, companyStatus: row.company.status }, now);
}

// The proxy asks on every listing request. Answers are kept for one second per slug, so a busy listing
// costs one query a second. A change made in this process (closed, expired, suspended, reopened) forgets
// the kept answers at once (forgetListingAvailability, a lifecycle after-effect); one made by another
// instance shows here within the second. A stale "live" or "missing" only means the page itself answers
// (404 for a listing closed a moment ago).
const TTL_MS = 1_000;
const MAX_ENTRIES = 5_000;
type Kept = Map<string, { answer: PublicAvailability; at: number }>;
// On globalThis: the proxy and the server actions are separate bundles, each with its own copy of this
// module, and the action's after-effect must empty the map the proxy reads.
const shared = globalThis as { __listingAvailability?: Kept };
const recent: Kept = (shared.__listingAvailability ??= new Map());

/**
 * Drops every kept answer, so the next request for any listing asks the database. All of them rather than
 * one slug: a company's suspension changes many listings at once, and a refill costs one query per slug.
 */
export function forgetListingAvailability(): void {
  recent.clear();
}

export async function listingAvailabilityForProxy(slug: string): Promise<PublicAvailability> {
  const now = Date.now();
  const hit = recent.get(slug);
  if (hit && now - hit.at < TTL_MS) return hit.answer;
  const answer = await findListingAvailability(slug, new Date(now));
  recent.delete(slug);
  if (recent.size >= MAX_ENTRIES) recent.delete(recent.keys().next().value!);
  recent.set(slug, { answer, at: now });
  return answer;
}
