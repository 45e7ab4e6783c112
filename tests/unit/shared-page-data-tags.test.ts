import { describe, expect, it, vi } from "vitest";

// Home, listing and company pages are cached whole and shared (decision 011): they expire when LISTINGS_TAG does,
// but only if every cached read they render from carries the tag. Records what each cached read of theirs
// registers with Next's data cache.
const registered = vi.hoisted(() => new Map<string, { tags?: string[]; revalidate?: number | false }>());
vi.mock("next/cache", () => ({
  unstable_cache: (fn: unknown, keyParts: string[], options: { tags?: string[]; revalidate?: number | false }) => {
    registered.set(keyParts.join("/"), options);
    return fn;
  },
  revalidateTag: () => {},
  updateTag: () => {},
}));

describe("cached reads behind the shared pages", () => {
  it("all carry LISTINGS_TAG and a revalidate time, salary bands included", async () => {
    await import("@/server/listings/public");
    await import("@/server/search/cached");
    await import("@/server/search/options");
    await import("@/server/salaries/position");
    await import("@/server/companies/public");
    await import("@/server/companies/responsiveness");
    await import("@/server/salaries/midpoints");
    const { LISTINGS_TAG } = await import("@/server/cache/tags");

    const reads = [
      "listing-detail-v5",
      "regions-v1",
      "search-page-v5",
      "search-facets-v3",
      "search-suggestion-v1",
      "search-vocabulary-v1",
      "band-stats-v1",
      "company-page-v4",
      "company-responsiveness-v1",
      "level-midpoints-v1",
    ];
    for (const key of reads) {
      expect(registered.get(key), key).toBeDefined();
      expect(registered.get(key)!.tags, key).toContain(LISTINGS_TAG);
      expect(registered.get(key)!.revalidate, key).toBeGreaterThan(0);
    }
  });
});
