import { Prisma } from "@/generated/prisma/client";
import { effectiveSort, emptySearchQuery, type SearchQuery, type SearchSort } from "@/lib/schemas/search";
import { FACET_WINDOW, RANK_CANDIDATES } from "@/lib/search-limits";
import type { Cursor } from "./cursor";
import { filterSql, teamSizeRangeSql, utc, type FacetDimension, type SearchContext } from "./filters";

// The SQL of one results page and of the facet counts. Plain Prisma.Sql builders (no database access),
// so the benchmark runs exactly the statements the app runs.

/** Rows come back with the sort key as text (see cursor.ts) and the id. */
export type PageRow = { id: string; key: string };

function sortKeySql(sort: SearchSort, ctx: SearchContext): Prisma.Sql {
  if (sort === "pay") return Prisma.sql`l."annualUsdMax"`;
  if (sort === "relevance" && ctx.tsquery) return Prisma.sql`ts_rank(l."searchVector", ${ctx.tsquery})`;
  return Prisma.sql`l."publishedAt"`;
}

function keyText(sort: SearchSort, key: Prisma.Sql): Prisma.Sql {
  // to_json gives an ISO timestamp without zone for timestamp(3); reals print shortest-exact.
  return sort === "newest" ? Prisma.sql`to_json(${key}) #>> '{}'` : Prisma.sql`(${key})::text`;
}

function keyValue(cursor: Cursor): Prisma.Sql {
  if (cursor.sort === "newest") return Prisma.sql`${cursor.key}::timestamp`;
  if (cursor.sort === "pay") return Prisma.sql`${cursor.key}::int`;
  return Prisma.sql`${cursor.key}::real`;
}

/**
 * Relevance ranks the newest this-many matches, not every match (docs/decisions/015-search-at-scale.md):
 * ts_rank reads each row's vector, so ranking a word found in 100,000 listings cost seconds. The newest
 * matches are found by walking the recency index, or from the text index when the word is rare.
 */
export { RANK_CANDIDATES };

/** One page (limit + 1 rows, the extra one says whether there is a next page), in keyset order. */
export function pageSql(query: SearchQuery, ctx: SearchContext, cursor: Cursor | null): Prisma.Sql {
  const sort = ctx.tsquery ? effectiveSort(query) : effectiveSort({ ...query, q: undefined });
  if (sort === "relevance" && ctx.tsquery) return relevancePageSql(query, ctx, ctx.tsquery, cursor);
  const key = sortKeySql(sort, ctx);
  const after = cursor ? Prisma.sql`AND (${key}, l."id") < (${keyValue(cursor)}, ${cursor.id})` : Prisma.empty;
  return Prisma.sql`
    SELECT l."id", ${keyText(sort, key)} AS "key"
      FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
     WHERE ${filterSql(query, ctx)} ${after}
     ORDER BY ${key} DESC, l."id" DESC
     LIMIT ${query.limit + 1}::int`;
}

// The candidates (the newest RANK_CANDIDATES matches) first, then their ranks; the cursor walks the ranks.
function relevancePageSql(query: SearchQuery, ctx: SearchContext, tsquery: Prisma.Sql, cursor: Cursor | null): Prisma.Sql {
  const rank = Prisma.sql`ts_rank(r."searchVector", ${tsquery})`;
  const after = cursor ? Prisma.sql`WHERE (${rank}, r."id") < (${keyValue(cursor)}, ${cursor.id})` : Prisma.empty;
  return Prisma.sql`
    SELECT r."id", (${rank})::text AS "key"
      FROM (SELECT l."id", l."searchVector"
              FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
             WHERE ${filterSql(query, ctx)}
             ORDER BY l."publishedAt" DESC, l."id" DESC
             LIMIT ${RANK_CANDIDATES}::int) r
     ${after}
     ORDER BY ${rank} DESC, r."id" DESC
     LIMIT ${query.limit + 1}::int`;
}

export type FacetRow = { value: string; label: string; count: number };

/** `stated`: the listings that have a value (a fact left unstated, null, is no option and is not counted). */
type FacetSource = { join: Prisma.Sql; value: Prisma.Sql; label: Prisma.Sql; stated?: Prisma.Sql };

/** Each dimension's join, value and label over a listing row `row` whose company's industry is `industryId`. */
function facetSourcesOver(row: "l" | "w", industryId: Prisma.Sql): Record<FacetDimension, FacetSource> {
  const r = Prisma.raw(row);
  const named = (join: Prisma.Sql): FacetSource => ({ join, value: Prisma.sql`f."slug"`, label: Prisma.sql`f."name"` });
  // A nullable column of the listing, counted by its stored value (enums) or by `value` (team-size ranges).
  const fact = (column: Prisma.Sql, value = Prisma.sql`${column}::text`): FacetSource => ({
    join: Prisma.empty,
    value,
    label: Prisma.sql`''`,
    stated: Prisma.sql`${column} IS NOT NULL`,
  });
  return {
    level: named(Prisma.sql`JOIN "SeniorityLevel" f ON f."id" = ${r}."levelId"`),
    skill: named(Prisma.sql`JOIN "ListingSkill" fls ON fls."listingId" = ${r}."id" JOIN "Skill" f ON f."id" = fls."skillId"`),
    industry: named(Prisma.sql`JOIN "Industry" f ON f."id" = ${industryId}`),
    engagement: { join: Prisma.empty, value: Prisma.sql`${r}."engagementModel"::text`, label: Prisma.sql`''` },
    visa: { join: Prisma.empty, value: Prisma.sql`${r}."visaPolicy"::text`, label: Prisma.sql`''` },
    takeHome: fact(Prisma.sql`${r}."takeHome"`),
    onCall: fact(Prisma.sql`${r}."onCall"`),
    ownership: fact(Prisma.sql`${r}."ownershipKind"`),
    teamSize: fact(Prisma.sql`${r}."teamSize"`, teamSizeRangeSql(Prisma.sql`${r}."teamSize"`)),
  };
}

const andStated = (source: FacetSource) => (source.stated ? Prisma.sql`AND ${source.stated}` : Prisma.empty);

const FACET_SOURCES = facetSourcesOver("l", Prisma.sql`c."industryId"`);

/** How many listings each value of one dimension would give, with every other filter applied. */
export function facetSql(dimension: FacetDimension, query: SearchQuery, ctx: SearchContext): Prisma.Sql {
  const source = FACET_SOURCES[dimension];
  return Prisma.sql`
    SELECT ${source.value} AS "value", min(${source.label}) AS "label", count(*)::int AS "count"
      FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId" ${source.join}
     WHERE ${filterSql(query, ctx, dimension)} ${andStated(source)}
     GROUP BY 1`;
}

/** Whether the text has any searchable word; stop words alone ("the") would otherwise match nothing. */
export function tsqueryHasTermsSql(q: string): Prisma.Sql {
  return Prisma.sql`SELECT numnode(websearch_to_tsquery('english'::regconfig, ${q})) > 0 AS "hasTerms"`;
}

export { utc };

// ---- Facet counts at scale (docs/decisions/015-search-at-scale.md) ----

export { FACET_WINDOW };

// The same dimensions over the window's own columns (the window carries the company's industry).
const WINDOW_SOURCES = facetSourcesOver("w", Prisma.sql`w."industryId"`);

/** One row per dimension and value (value null for a dimension with none), with the window's size. */
export type WindowFacetRow = {
  dimension: FacetDimension;
  value: string | null;
  label: string | null;
  count: number | null;
  /** How many listings the window held, up to FACET_WINDOW + 1 (more than FACET_WINDOW: it was full). */
  matched: number;
};

/**
 * Facet counts over the newest FACET_WINDOW listings the filters give (leaving out `except`'s own
 * filter), for several dimensions at once: each count is exact within that window, and a lower bound
 * of the whole when more listings lay beyond. The window stops early on the recency index however many
 * listings match, and is read once for every dimension that shares it.
 */
export function windowFacetSql(
  dimensions: readonly FacetDimension[],
  query: SearchQuery,
  ctx: SearchContext,
  except?: FacetDimension,
): Prisma.Sql {
  const groups = dimensions.map((d) => {
    const source = WINDOW_SOURCES[d];
    return Prisma.sql`SELECT ${d}::text AS "dimension", ${source.value} AS "value", min(${source.label}) AS "label", count(*)::int AS "count"
      FROM newest w ${source.join} ${source.stated ? Prisma.sql`WHERE ${source.stated}` : Prisma.empty} GROUP BY 1, 2`;
  });
  const names = dimensions.map((d) => Prisma.sql`(${d}::text)`);
  return Prisma.sql`
    WITH w AS MATERIALIZED (
      SELECT l."id", l."levelId", c."industryId", l."engagementModel", l."visaPolicy",
             l."takeHome", l."onCall", l."ownershipKind", l."teamSize",
             row_number() OVER (ORDER BY l."publishedAt" DESC, l."id" DESC) AS "n"
        FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
       WHERE ${filterSql(query, ctx, except)}
       ORDER BY l."publishedAt" DESC, l."id" DESC
       LIMIT ${FACET_WINDOW + 1}::int),
    newest AS (SELECT * FROM w WHERE w."n" <= ${FACET_WINDOW}::int),
    size AS (SELECT count(*)::int AS "matched" FROM w)
    SELECT d."dimension", g."value", g."label", g."count", size."matched"
      FROM size CROSS JOIN (VALUES ${Prisma.join(names, ", ")}) AS d("dimension")
      LEFT JOIN (${Prisma.join(groups, " UNION ALL ")}) g ON g."dimension" = d."dimension"`;
}

/** How many listings match, counting no further than FACET_WINDOW + 1 (more means "1,000+"). */
export function cappedTotalSql(query: SearchQuery, ctx: SearchContext): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS "count"
      FROM (SELECT 1 FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
             WHERE ${filterSql(query, ctx)}
             LIMIT ${FACET_WINDOW + 1}::int) t`;
}

/** Every dimension's counts over the whole live set as of `now`, by the same facetSql a search runs. */
export function liveFacetCountsSql(now: Date): Prisma.Sql {
  const ctx: SearchContext = { now, tsquery: null };
  const everything = emptySearchQuery();
  const parts = FACET_DIMENSIONS.map(
    (d) => Prisma.sql`SELECT ${d}::text AS "dimension", f."value", f."label", f."count" FROM (${facetSql(d, everything, ctx)}) f`,
  );
  return Prisma.join(parts, " UNION ALL ");
}

export type StoredFacetRow = FacetRow & { dimension: FacetDimension };

/** Whether the stored counts are newer than `now` (a refresh that counted later already wrote them). */
export function newerFacetCountsSql(now: Date): Prisma.Sql {
  return Prisma.sql`SELECT EXISTS (SELECT 1 FROM "SearchFacetCount" WHERE "refreshedAt" > ${utc(now)}) AS "newer"`;
}

/**
 * Replaces SearchFacetCount with rows counted as of `now`: run both in one transaction, after the count,
 * so the write locks only this table.
 */
export function writeFacetCountsSql(now: Date, rows: readonly StoredFacetRow[]): Prisma.Sql[] {
  return [
    Prisma.sql`DELETE FROM "SearchFacetCount"`,
    Prisma.sql`
      INSERT INTO "SearchFacetCount" ("dimension", "value", "label", "count", "refreshedAt")
      SELECT d, v, l, n, ${utc(now)}
        FROM unnest(${rows.map((r) => r.dimension)}::text[], ${rows.map((r) => r.value)}::text[],
                    ${rows.map((r) => r.label)}::text[], ${rows.map((r) => r.count)}::int[]) AS fresh(d, v, l, n)`,
  ];
}

export const FACET_DIMENSIONS: readonly FacetDimension[] = [
  "level",
  "skill",
  "industry",
  "engagement",
  "visa",
  "takeHome",
  "onCall",
  "ownership",
  "teamSize",
];

/** Whether the filters, leaving out one dimension's, select the whole live set (no text, no filter). */
export function selectsEveryLiveListing(query: SearchQuery, ctx: SearchContext, except?: FacetDimension): boolean {
  return (
    ctx.tsquery === null &&
    (query.level.length === 0 || except === "level") &&
    (query.skill.length === 0 || (except === "skill" && query.skillMatch !== "all")) &&
    (query.industry.length === 0 || except === "industry") &&
    (query.engagement.length === 0 || except === "engagement") &&
    (query.visa.length === 0 || except === "visa") &&
    (query.takeHome.length === 0 || except === "takeHome") &&
    (query.onCall.length === 0 || except === "onCall") &&
    (query.ownership.length === 0 || except === "ownership") &&
    (query.teamSize.length === 0 || except === "teamSize") &&
    query.minPay === undefined &&
    !query.country &&
    !query.tz &&
    query.postedWithinDays === undefined
  );
}

/** The stored counts of the whole live set, as refreshFacetCountsSql wrote them. */
export const storedFacetCountsSql = () => Prisma.sql`SELECT "dimension", "value", "label", "count" FROM "SearchFacetCount"`;

/** Whether a dimension's own filter is set (and is left out of its counts). */
function hasOwnFilter(d: FacetDimension, query: SearchQuery): boolean {
  if (d === "skill") return query.skill.length > 0 && query.skillMatch !== "all";
  return query[d].length > 0;
}

/**
 * Which statements count a search's facets: the stored counts for the dimensions whose other filters
 * select every live listing; one shared window for the dimensions without a filter of their own (it also
 * gives the total); a window of its own for each dimension with one; a capped total when nothing shares.
 */
export function facetPlan(query: SearchQuery, ctx: SearchContext) {
  const stored = FACET_DIMENSIONS.filter((d) => selectsEveryLiveListing(query, ctx, d));
  const rest = FACET_DIMENSIONS.filter((d) => !stored.includes(d));
  const shared = rest.filter((d) => !hasOwnFilter(d, query));
  const own = rest.filter((d) => hasOwnFilter(d, query));
  const everything = selectsEveryLiveListing(query, ctx);
  return { stored, shared, own, everything, cappedTotal: !everything && shared.length === 0 };
}

/** The statements of a facet plan, in the order searchFacets reads their results. */
export function facetPlanSql(plan: ReturnType<typeof facetPlan>, query: SearchQuery, ctx: SearchContext) {
  return {
    stored: plan.stored.length > 0 ? storedFacetCountsSql() : null,
    shared: plan.shared.length > 0 ? windowFacetSql(plan.shared, query, ctx) : null,
    own: plan.own.map((d) => windowFacetSql([d], query, ctx, d)),
    cappedTotal: plan.cappedTotal ? cappedTotalSql(query, ctx) : null,
  };
}
