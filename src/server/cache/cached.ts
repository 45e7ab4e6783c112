import "server-only";
import { unstable_cache } from "next/cache";
import { metrics } from "../../../server/metrics.mjs";

// Data cached across requests in Next's data cache (unstable_cache: this app does not enable
// cacheComponents, see docs/decisions/011-one-url-per-page.md), expired by tag when what it covers changes.

const OUTSIDE_NEXT = "Invariant: incrementalCache missing";

/**
 * Like unstable_cache, for functions of string arguments. Outside a Next.js server (tests, scripts) there
 * is no data cache, so the function simply runs. Results travel through JSON: return JSON-safe values
 * (Dates come back as strings; revive them in the caller).
 */
export function cachedFunction<A extends string[], R>(
  fn: (...args: A) => Promise<R>,
  keyParts: string[],
  options: { tags: string[]; revalidate: number },
): (...args: A) => Promise<R> {
  // Counted for /api/metrics: the hit rate is 1 - computations / lookups, per cached function.
  const labels = { cache: keyParts[0] ?? "unnamed" };
  const computed = (...args: A) => {
    metrics().dataComputations.inc(labels);
    return fn(...args);
  };
  const cached = unstable_cache(computed, keyParts, options);
  return async (...args: A) => {
    metrics().dataLookups.inc(labels);
    try {
      return await cached(...args);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(OUTSIDE_NEXT)) return computed(...args);
      throw error;
    }
  };
}

/** A Date that went through the cache's JSON (an ISO string) back as a Date; null stays null. */
export function reviveDate(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}
