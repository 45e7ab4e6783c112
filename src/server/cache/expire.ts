import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { noteWrite } from "@/server/db-read";
import { expireTagsInRedis } from "../../../server/cache-handler.mjs";

// Expiring cache tags from wherever a change happens. Next offers updateTag inside server actions (the
// actor then reads their own write) and revalidateTag inside requests; a background job runs outside
// any request, where both throw. There the server's own incremental cache is asked directly: Next keeps
// it on globalThis once the server has answered a request (before that nothing is cached). A process
// without one (the worker, a script) writes the expiry to the shared cache in Redis when REDIS_URL is set
// (server/cache-handler.mjs, decision 028); without Redis there is no cache of its own to expire.

type IncrementalCache = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };
const nextGlobals = globalThis as { __incrementalCache?: IncrementalCache };

/** How often each tag was expired in this process: observable by tests and, later, by metrics. */
const expiredCounts = new Map<string, number>();

export function tagExpiryCount(tag: string): number {
  return expiredCounts.get(tag) ?? 0;
}

/** Expires the tags at once, whichever context this runs in. Never throws: caches also expire on their own. */
export async function expireTags(tags: readonly string[]): Promise<void> {
  for (const tag of tags) expiredCounts.set(tag, tagExpiryCount(tag) + 1);
  // With read replicas, this process refills what these tags cached from the primary for a few seconds.
  noteWrite();
  for (const tag of tags) {
    try {
      updateTag(tag);
      continue;
    } catch {
      // Not inside a server action.
    }
    try {
      revalidateTag(tag, { expire: 0 });
      continue;
    } catch {
      // Not inside a request at all (a job, a script or a test).
    }
    try {
      const incrementalCache = nextGlobals.__incrementalCache;
      if (incrementalCache) await incrementalCache.revalidateTag([tag], { expire: 0 });
      else await expireTagsInRedis([tag]);
    } catch (error) {
      console.warn(`Cache tag ${tag} could not be expired; cached pages refresh within their revalidate time.`, error);
    }
  }
}
