import "server-only";
import { db } from "@/server/db";
import { readDb } from "@/server/db-read";
import type { FacetDimension } from "./filters";
import { refreshFacetCountsWith } from "./facet-counts-sql";
import { FACET_DIMENSIONS, facetSql, storedFacetCountsSql, type FacetRow } from "./query-sql";
import type { SearchContext } from "./filters";
import { emptySearchQuery } from "@/lib/schemas/search";

// The whole live set's facet counts, kept in SearchFacetCount by the "refresh-search-facets" job
// (docs/decisions/015-search-at-scale.md). Every search dimension whose other filters select every live
// listing (an unfiltered /jobs, the home page's total) reads them here instead of counting ~a million rows.

export type LiveFacetCounts = Record<FacetDimension, FacetRow[]>;

/** Recounts the live set as of `now` and replaces the stored counts, in one transaction. */
export function refreshSearchFacetCounts(now = new Date()): Promise<{ rows: number }> {
  return refreshFacetCountsWith(db, now);
}

/**
 * The stored counts; before the first refresh (a fresh database, just seeded) the table is empty and
 * the counts are made directly, as they were before there was a table.
 */
export async function liveFacetCounts(ctx: SearchContext): Promise<LiveFacetCounts> {
  const stored = await readDb().$queryRaw<(FacetRow & { dimension: FacetDimension })[]>(storedFacetCountsSql());
  if (stored.length > 0) {
    return Object.fromEntries(
      FACET_DIMENSIONS.map((d) => [
        d,
        stored.filter((r) => r.dimension === d).map(({ value, label, count }) => ({ value, label, count })),
      ]),
    ) as LiveFacetCounts;
  }
  const everything = emptySearchQuery();
  const counted = await Promise.all(
    FACET_DIMENSIONS.map((d) => readDb().$queryRaw<FacetRow[]>(facetSql(d, everything, { now: ctx.now, tsquery: null }))),
  );
  return Object.fromEntries(FACET_DIMENSIONS.map((d, i) => [d, counted[i] ?? []])) as LiveFacetCounts;
}
