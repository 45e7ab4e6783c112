import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EngagementModel, OnCallKind, OwnershipKind, TakeHomeKind, VisaPolicy } from "@/generated/prisma/enums";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { TEAM_SIZE_RANGES, onCallKindLabel, ownershipKindLabel, takeHomeKindLabel } from "@/lib/listing-facts";
import {
  ENGAGEMENT_SLUGS,
  ON_CALL_SLUGS,
  OWNERSHIP_SLUGS,
  TAKE_HOME_SLUGS,
  VISA_SLUGS,
  effectiveSort,
  type SearchQuery,
  type SearchSort,
} from "@/lib/schemas/search";
import { readDb } from "@/server/db-read";
import { searchItemSelect, type SearchItem } from "./card-select";
import { decodeCursor, encodeCursor } from "./cursor";
import { tsquerySql, type FacetDimension, type SearchContext } from "./filters";
import { FACET_BUDGET_MS } from "@/lib/search-limits";
import { liveFacetCounts } from "./facet-counts";
import {
  FACET_DIMENSIONS,
  FACET_WINDOW,
  facetPlan,
  facetPlanSql,
  pageSql,
  tsqueryHasTermsSql,
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
export type FacetBounds = { totalAtLeast: boolean; partialFacets: FacetDimension[]; uncountedFacets: FacetDimension[] };
/** `total` is undefined, and a dimension is in `uncountedFacets`, when its count ran past FACET_BUDGET_MS. */
export type FacetSummary = { facets: SearchFacets; total: number | undefined } & FacetBounds;

/** The search's context: its instant and text query (null when the text has no searchable words). */
export async function searchContext(query: SearchQuery, now: Date): Promise<SearchContext> {
  if (!query.q) return { now, tsquery: null };
  const [row] = await readDb().$queryRaw<{ hasTerms: boolean }[]>(tsqueryHasTermsSql(query.q));
  return { now, tsquery: row?.hasTerms ? tsquerySql(query.q) : null };
}

/**
 * One page of live listings matching the query, newest / best paid / most relevant first.
 * Throws ValidationError (naming `cursor`) for a cursor that does not belong to this sort.
 */
export async function searchListings(query: SearchQuery, options: { facets?: boolean; now?: Date } = {}): Promise<SearchResult> {
  const now = options.now ?? new Date();
  const ctx = await searchContext(query, now);
  const sort = effectiveSort(ctx.tsquery ? query : { ...query, q: undefined });
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;

  const [rows, facets] = await Promise.all([
    readDb().$queryRaw<PageRow[]>(pageSql(query, ctx, cursor)),
    options.facets ? countFacets(query, ctx) : Promise.resolve(undefined),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ sort, key: last.key, id: last.id }) : null;

  return { items: await loadItems(page.map((r) => r.id)), nextCursor, sort, ...(facets ?? {}) };
}

/** The rows for the ids, in the order given. */
export async function loadItems(ids: string[]): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  const found = await readDb().listing.findMany({ where: { id: { in: ids } }, select: searchItemSelect });
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Only the facet counts and total for the query (the cursor and sort play no part). */
export async function searchFacets(query: SearchQuery, options: { now?: Date; budgetMs?: number } = {}): Promise<FacetSummary> {
  const ctx = await searchContext(query, options.now ?? new Date());
  return countFacets(query, ctx, options.budgetMs);
}

type Counted = { rows: FacetRow[]; partial: boolean };

/**
 * Runs a count within the budget (statement_timeout, local to its own transaction); null when it ran
 * past it. The plans that blow it are a window that walks the recency index looking for matches that
 * selective filters make rare: better filters without numbers than a page that waits seconds.
 */
async function withinBudget<T>(sql: Prisma.Sql, budgetMs: number): Promise<T[] | null> {
  try {
    const client = readDb();
    const [, rows] = await client.$transaction([
      client.$queryRaw`SELECT set_config('statement_timeout', ${String(budgetMs)}, true) AS "set"`,
      client.$queryRaw<T[]>(sql),
    ]);
    return rows;
  } catch (error) {
    if (String(error).includes("57014") || String(error).includes("statement timeout")) return null;
    throw error;
  }
}

/** One window's rows, per dimension; `matched` says whether the window was full (counts are lower bounds). */
async function countWindow(sql: Prisma.Sql, budgetMs: number) {
  const rows = await withinBudget<WindowFacetRow>(sql, budgetMs);
  if (rows === null) return null;
  const matched = rows[0]?.matched ?? 0;
  const byDimension = new Map<FacetDimension, Counted>();
  for (const row of rows) {
    const counted = byDimension.get(row.dimension) ?? { rows: [], partial: matched > FACET_WINDOW };
    if (row.value !== null) counted.rows.push({ value: row.value, label: row.label ?? "", count: row.count ?? 0 });
    byDimension.set(row.dimension, counted);
  }
  return { byDimension, matched };
}

// Dimensions whose other filters select every live listing read the stored counts (exact as of their
// last refresh); the others count the newest FACET_WINDOW listings their filters give (exact below that).
async function countFacets(query: SearchQuery, ctx: SearchContext, budgetMs = FACET_BUDGET_MS): Promise<FacetSummary> {
  const plan = facetPlan(query, ctx);
  const sql = facetPlanSql(plan, query, ctx);
  const [stored, shared, own, capped] = await Promise.all([
    sql.stored ? liveFacetCounts(ctx) : undefined,
    sql.shared ? countWindow(sql.shared, budgetMs) : undefined,
    Promise.all(sql.own.map((own) => countWindow(own, budgetMs))),
    sql.cappedTotal ? withinBudget<{ count: number }>(sql.cappedTotal, budgetMs) : undefined,
  ]);
  const windowOf = (d: FacetDimension) => (plan.shared.includes(d) ? shared : own[plan.own.indexOf(d)]);
  const uncountedFacets = FACET_DIMENSIONS.filter((d) => !plan.stored.includes(d) && windowOf(d) === null);
  const results: Counted[] = FACET_DIMENSIONS.map((d) => {
    if (plan.stored.includes(d)) return { rows: stored?.[d] ?? [], partial: false };
    return windowOf(d)?.byDimension.get(d) ?? { rows: [], partial: false };
  });
  const everything = plan.everything;
  const matched = shared ? shared.matched : capped ? capped[0]?.count : undefined;
  const facets = Object.fromEntries(FACET_DIMENSIONS.map((d, i) => [d, results[i]?.rows ?? []])) as SearchFacets;
  const partialFacets = FACET_DIMENSIONS.filter((d, i) => results[i]?.partial || uncountedFacets.includes(d));
  for (const [d, options] of Object.entries(SLUGGED) as [FacetDimension, SluggedOption[]][]) {
    facets[d] = facets[d].map((f) => {
      const option = options.find((o) => o.stored === f.value);
      return option ? { ...f, value: option.value, label: option.label } : f;
    });
  }
  if (everything) {
    // Every listing has exactly one level, so the whole live set's level counts add up to the total.
    const total = facets.level.reduce((sum, f) => sum + f.count, 0);
    return { facets, total, totalAtLeast: false, partialFacets, uncountedFacets };
  }
  if (matched === undefined) return { facets, total: undefined, totalAtLeast: false, partialFacets, uncountedFacets };
  return { facets, total: Math.min(matched, FACET_WINDOW), totalAtLeast: matched > FACET_WINDOW, partialFacets, uncountedFacets };
}

type SluggedOption = { value: string; label: string; stored: string };

/** Each URL slug with its label and the value the count comes back as. */
const sluggedOptions = (slugs: Record<string, string>, label: (stored: string) => string): SluggedOption[] =>
  Object.entries(slugs).map(([value, stored]) => ({ value, label: label(stored), stored }));

// Enum facets come back as stored values ("CONTRACTOR") and team sizes as their range's slug; the query
// (and so every link) uses the URL slugs, and the labels are the filter panel's words.
const SLUGGED: Partial<Record<FacetDimension, SluggedOption[]>> = {
  engagement: sluggedOptions(ENGAGEMENT_SLUGS, (v) => engagementModelLabel[v as EngagementModel]),
  visa: sluggedOptions(VISA_SLUGS, (v) => visaPolicyLabel[v as VisaPolicy]),
  takeHome: sluggedOptions(TAKE_HOME_SLUGS, (v) => takeHomeKindLabel[v as TakeHomeKind]),
  onCall: sluggedOptions(ON_CALL_SLUGS, (v) => onCallKindLabel[v as OnCallKind]),
  ownership: sluggedOptions(OWNERSHIP_SLUGS, (v) => ownershipKindLabel[v as OwnershipKind]),
  teamSize: Object.entries(TEAM_SIZE_RANGES).map(([value, range]) => ({ value, label: range.label, stored: value })),
};
