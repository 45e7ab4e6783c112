import "server-only";
import { expireTags } from "@/server/cache/expire";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { enqueueJob } from "@/server/jobs/enqueue";
import { forgetListingAvailability } from "@/server/listings/availability";

// What must happen after any committed change to the set of live listings (or to what a live listing
// shows): every cached page and datum derived from them — home, /jobs, listing pages, feeds, the API,
// the sitemap — expires at once, the proxy forgets the availability answers it keeps, and the salary
// bands, the search's "Did you mean" vocabulary and its stored facet counts are recomputed (jobs, so a
// burst of changes recomputes once). The lifecycle (lifecycle.ts) runs these; nothing else needs to
// remember them.

export type ListingEffect = { name: string; run: () => Promise<unknown> };

export const LIVE_SET_EFFECTS: readonly ListingEffect[] = [
  // First, so a request right after a close already answers 410 (the proxy's per-slug answers, availability.ts).
  { name: "forget listing availability", run: async () => forgetListingAvailability() },
  { name: "expire listing caches", run: () => expireTags([LISTINGS_TAG]) },
  { name: "refresh salary bands", run: () => enqueueJob("refresh-salary-bands") },
  { name: "refresh search terms", run: () => enqueueJob("refresh-search-terms") },
  { name: "refresh search facet counts", run: () => enqueueJob("refresh-search-facets") },
];

/** A listing (or a published listing's edit) waits for review: its near-duplicates are looked for in the background. */
export function duplicateCheckEffect(listingId: string): ListingEffect {
  return { name: "check near-duplicates", run: () => enqueueJob("check-near-duplicates", { listingId }) };
}

/**
 * Runs effects after their transaction committed. The change is saved by then, so a failing effect is
 * logged rather than turned into an error: caches also expire on their own and bands refresh daily.
 */
export async function runListingEffects(effects: Iterable<ListingEffect>): Promise<void> {
  for (const effect of effects) {
    try {
      await effect.run();
    } catch (error) {
      console.error(`Listing after-effect "${effect.name}" failed; it catches up on its own schedule.`, error);
    }
  }
}
