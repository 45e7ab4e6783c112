import "server-only";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { ENGAGEMENT_SLUGS, VISA_SLUGS, effectiveSort, type SearchQuery, type SearchSort } from "@/lib/schemas/search";
import { db } from "@/server/db";
import { searchItemSelect, type SearchItem } from "./card-select";
import { decodeCursor, encodeCursor } from "./cursor";
import { tsquerySql, type FacetDimension, type SearchContext } from "./filters";
import { liveFacetCounts } from "./facet-counts";
import {
  FACET_DIMENSIONS,
  FACET_WINDOW,
  cappedTotalSql,
  facetPlan,
  pageSql,
  tsqueryHasTermsSql,
  windowFacetSql,
  type FacetRow,
  type PageRow,
  type WindowFacetRow,
} from "./query-sql";

// The one search: the /jobs page, the public API and the feeds call searchListings with a parsed
// SearchQuery (src/lib/schemas/search.ts). Results are live listings only, in keyset order.

export type { SearchItem } from "./card-select";
export type SearchFacets = Record<FacetDimension, FacetRow[]>;
export type SearchResult = {
  items: SearchItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** The sort used (relevance falls back to newest without search text). */
  sort: SearchSort;
  /** Present when asked for: counts per filter value with the other filters applied, and the total. */
  facets?: SearchFacets;
  total?: number;
} & Partial<FacetBounds>;

/**
 * Where counts are lower bounds (docs/decisions/015-search-at-scale.md): above FACET_WINDOW listings the
 * total is FACET_WINDOW with `totalAtLeast`, and a dimension listed in `partialFacets` counts only the
 * newest FACET_WINDOW listings (a value it does not list may still have older ones).
 */
export type FacetBounds = { totalAtLeast: boolean; partialFacets: FacetDimension[] };
export type FacetSummary = { facets: SearchFacets; total: number } & FacetBounds;

async function context(query: SearchQuery, now: Date): Promise<SearchContext> {
  if (!query.q) return { now, tsquery: null };
  const [row] = await db.$queryRaw<{ hasTerms: boolean }[]>(tsqueryHasTermsSql(query.q));
  return { now, tsquery: row?.hasTerms ? tsquerySql(query.q) : null };
}

/**
 * One page of live listings matching the query, newest / best paid / most relevant first.
 * Throws ValidationError (naming `cursor`) for a cursor that does not belong to this sort.
 */
export async function searchListings(query: SearchQuery, options: { facets?: boolean; now?: Date } = {}): Promise<SearchResult> {
  const now = options.now ?? new Date();
  const ctx = await context(query, now);
  const sort = effectiveSort(ctx.tsquery ? query : { ...query, q: undefined });
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;

  const [rows, facets] = await Promise.all([
    db.$queryRaw<PageRow[]>(pageSql(query, ctx, cursor)),
    options.facets ? countFacets(query, ctx) : Promise.resolve(undefined),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ sort, key: last.key, id: last.id }) : null;

  return { items: await loadItems(page.map((r) => r.id)), nextCursor, sort, ...(facets ?? {}) };
}

/** The rows for the ids, in the order given. */
async function loadItems(ids: string[]): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  const found = await db.listing.findMany({ where: { id: { in: ids } }, select: searchItemSelect });
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Only the facet counts and total for the query (the cursor and sort play no part). */
export async function searchFacets(query: SearchQuery, options: { now?: Date } = {}): Promise<FacetSummary> {
  const ctx = await context(query, options.now ?? new Date());
  return countFacets(query, ctx);
}

// A dimension whose other filters select every live listing reads the stored counts (exact as of their
// last refresh); any other counts the newest FACET_WINDOW listings its filters give (exact below that).
async function countWindow(d: FacetDimension, query: SearchQuery, ctx: SearchContext) {
  const rows = await db.$queryRaw<WindowFacetRow[]>(windowFacetSql(d, query, ctx));
  const counted = rows.flatMap(({ value, label, count }) =>
    value === null ? [] : [{ value, label: label ?? "", count: count ?? 0 }],
  );
  return { rows: counted, partial: rows.some((r) => r.partial) };
}

async function countFacets(query: SearchQuery, ctx: SearchContext): Promise<FacetSummary> {
  const plan = facetPlan(query, ctx);
  const [stored, windowed, capped] = await Promise.all([
    plan.stored.length > 0 ? liveFacetCounts(ctx) : undefined,
    Promise.all(plan.windowed.map((d) => countWindow(d, query, ctx))),
    plan.cappedTotal ? db.$queryRaw<{ count: number }[]>(cappedTotalSql(query, ctx)) : undefined,
  ]);
  const results = FACET_DIMENSIONS.map((d) =>
    plan.stored.includes(d) ? { rows: stored?.[d] ?? [], partial: false } : windowed[plan.windowed.indexOf(d)]!,
  );
  const everything = !plan.cappedTotal;
  const facets = Object.fromEntries(FACET_DIMENSIONS.map((d, i) => [d, results[i]?.rows ?? []])) as SearchFacets;
  const partialFacets = FACET_DIMENSIONS.filter((_, i) => results[i]?.partial);
  // Enum facets come back as stored values; the query (and so every link) uses their URL slugs.
  facets.engagement = facets.engagement.map((f) => {
    const slug = slugOf(ENGAGEMENT_SLUGS, f.value);
    return { ...f, value: slug, label: engagementModelLabel[ENGAGEMENT_SLUGS[slug as keyof typeof ENGAGEMENT_SLUGS]] };
  });
  facets.visa = facets.visa.map((f) => {
    const slug = slugOf(VISA_SLUGS, f.value);
    return { ...f, value: slug, label: visaPolicyLabel[VISA_SLUGS[slug as keyof typeof VISA_SLUGS]] };
  });
  if (everything) {
    // Every listing has exactly one level, so the whole live set's level counts add up to the total.
    return { facets, total: facets.level.reduce((sum, f) => sum + f.count, 0), totalAtLeast: false, partialFacets };
  }
  const total = capped?.[0]?.count ?? 0;
  return { facets, total: Math.min(total, FACET_WINDOW), totalAtLeast: total > FACET_WINDOW, partialFacets };
}

function slugOf(slugs: Record<string, string>, stored: string): string {
  return Object.keys(slugs).find((slug) => slugs[slug] === stored) ?? stored;
}
