import { Prisma } from "@/generated/prisma/client";
import { effectiveSort, type SearchQuery, type SearchSort } from "@/lib/schemas/search";
import type { Cursor } from "./cursor";
import { filterSql, utc, type FacetDimension, type SearchContext } from "./filters";

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

/** One page (limit + 1 rows, the extra one says whether there is a next page), in keyset order. */
export function pageSql(query: SearchQuery, ctx: SearchContext, cursor: Cursor | null): Prisma.Sql {
  const sort = ctx.tsquery ? effectiveSort(query) : effectiveSort({ ...query, q: undefined });
  const key = sortKeySql(sort, ctx);
  const after = cursor ? Prisma.sql`AND (${key}, l."id") < (${keyValue(cursor)}, ${cursor.id})` : Prisma.empty;
  return Prisma.sql`
    SELECT l."id", ${keyText(sort, key)} AS "key"
      FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
     WHERE ${filterSql(query, ctx)} ${after}
     ORDER BY ${key} DESC, l."id" DESC
     LIMIT ${query.limit + 1}::int`;
}

export type FacetRow = { value: string; label: string; count: number };

const FACET_SOURCES: Record<FacetDimension, { join: Prisma.Sql; value: Prisma.Sql; label: Prisma.Sql }> = {
  level: {
    join: Prisma.sql`JOIN "SeniorityLevel" f ON f."id" = l."levelId"`,
    value: Prisma.sql`f."slug"`,
    label: Prisma.sql`f."name"`,
  },
  skill: {
    join: Prisma.sql`JOIN "ListingSkill" fls ON fls."listingId" = l."id" JOIN "Skill" f ON f."id" = fls."skillId"`,
    value: Prisma.sql`f."slug"`,
    label: Prisma.sql`f."name"`,
  },
  industry: {
    join: Prisma.sql`JOIN "Industry" f ON f."id" = c."industryId"`,
    value: Prisma.sql`f."slug"`,
    label: Prisma.sql`f."name"`,
  },
  engagement: { join: Prisma.empty, value: Prisma.sql`l."engagementModel"::text`, label: Prisma.sql`''` },
  visa: { join: Prisma.empty, value: Prisma.sql`l."visaPolicy"::text`, label: Prisma.sql`''` },
};

/** How many listings each value of one dimension would give, with every other filter applied. */
export function facetSql(dimension: FacetDimension, query: SearchQuery, ctx: SearchContext): Prisma.Sql {
  const source = FACET_SOURCES[dimension];
  return Prisma.sql`
    SELECT ${source.value} AS "value", min(${source.label}) AS "label", count(*)::int AS "count"
      FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId" ${source.join}
     WHERE ${filterSql(query, ctx, dimension)}
     GROUP BY 1`;
}

/** Whether the text has any searchable word; stop words alone ("the") would otherwise match nothing. */
export function tsqueryHasTermsSql(q: string): Prisma.Sql {
  return Prisma.sql`SELECT numnode(websearch_to_tsquery('english'::regconfig, ${q})) > 0 AS "hasTerms"`;
}

export { utc };
