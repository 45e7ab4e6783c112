import { Prisma } from "@/generated/prisma/client";
import { candidateDayStartUtc, type Region } from "@/lib/eligibility";
import { MATCH_POINTS, type MatchCandidate } from "@/lib/match";
import { MATCH_CANDIDATES } from "@/lib/search-limits";
import type { Cursor } from "./cursor";
import { filterSql, type SearchContext } from "./filters";
import type { SearchQuery } from "@/lib/schemas/search";

// The personal match's score as SQL, the twin of assessMatch in src/lib/match.ts (same points, same
// rules), so "Best match for me" pages with the keyset cursor like every other sort.
// tests/integration/match-agreement.test.ts compares the two on generated listings and candidates.
// No "server-only": the benchmark builds the same SQL.

/** The candidate as SQL parameters: region memberships resolved once here, not per row. */
export type MatchSqlCandidate = {
  country: string | null;
  /** Regions whose countries include `country`. */
  countryRegions: string[];
  /** Their working day's start in UTC minutes; null without a timezone. */
  dayStartUtc: number | null;
  dayLength: number;
  workAuthorizations: string[];
  /** Regions that contain any of the work authorisations. */
  authRegions: string[];
  levelIds: string[];
  skillIds: string[];
  floorUsd: number | null;
  avoidOnCall: boolean;
  avoidTakeHome: boolean;
};

const containing = (countries: readonly string[], regions: readonly Region[]) =>
  regions.filter((r) => countries.some((c) => r.countries.includes(c))).map((r) => r.code);

export function matchSqlCandidate(candidate: MatchCandidate, regions: readonly Region[]): MatchSqlCandidate {
  const day = candidate.workDay ?? { startMinutes: 9 * 60, lengthMinutes: 8 * 60 };
  return {
    country: candidate.country,
    countryRegions: candidate.country ? containing([candidate.country], regions) : [],
    dayStartUtc: candidate.utcOffsetMinutes === null ? null : candidateDayStartUtc(candidate.utcOffsetMinutes, day.startMinutes),
    dayLength: day.lengthMinutes,
    workAuthorizations: [...candidate.workAuthorizations],
    authRegions: containing(candidate.workAuthorizations, regions),
    levelIds: [...candidate.levelIds],
    skillIds: [...new Set(candidate.skillIds)],
    floorUsd: candidate.floorUsd,
    avoidOnCall: candidate.avoidOnCall,
    avoidTakeHome: candidate.avoidTakeHome,
  };
}

const int = (n: number) => Prisma.sql`${n}::int`;

/** The eligibility verdict as 0 (eligible), 1 (check) or 2 (not eligible): the worst of the three rules. */
function verdictSql(r: Prisma.Sql, c: MatchSqlCandidate): Prisma.Sql {
  const country = c.country
    ? Prisma.sql`CASE WHEN ${r}."worldwide" OR ${r}."eligibleCountries" @> ARRAY[${c.country}]::text[]
                        OR ${r}."eligibleRegions" && ${c.countryRegions}::text[] THEN 0 ELSE 2 END`
    : Prisma.sql`CASE WHEN ${r}."worldwide" THEN 0 ELSE 1 END`;
  const noWindow = Prisma.sql`${r}."tzWindowStartUtc" IS NULL OR ${r}."tzWindowEndUtc" IS NULL`;
  // The overlap is written out twice rather than named once in a per-row subquery: the planner inlines
  // daily_overlap_minutes, and a subplan per scored row cost more than the second computation.
  const overlap =
    c.dayStartUtc === null
      ? null
      : Prisma.sql`daily_overlap_minutes(${int(c.dayStartUtc)}, ${int(c.dayLength)}, ${r}."tzWindowStartUtc",
                     mod(${r}."tzWindowEndUtc" - ${r}."tzWindowStartUtc" + 1440, 1440))`;
  const timezone =
    overlap === null
      ? Prisma.sql`CASE WHEN ${noWindow} OR ${r}."tzRequiredOverlapHours" = 0 THEN 0 ELSE 1 END`
      : Prisma.sql`CASE WHEN ${noWindow} THEN 0 WHEN ${overlap} >= ${r}."tzRequiredOverlapHours" * 60 THEN 0
                        WHEN ${overlap} > 0 THEN 1 ELSE 2 END`;
  const authorised =
    c.workAuthorizations.length > 0
      ? Prisma.sql`OR ${r}."worldwide" OR ${r}."eligibleCountries" && ${c.workAuthorizations}::text[]
                   OR ${r}."eligibleRegions" && ${c.authRegions}::text[]`
      : Prisma.empty;
  const authorisation = Prisma.sql`CASE WHEN ${r}."visaPolicy" = 'NOT_REQUIRED' ${authorised} THEN 0 ELSE 1 END`;
  return Prisma.sql`GREATEST(${country}, ${timezone}, ${authorisation})`;
}

function preferenceSql(column: Prisma.Sql, avoid: boolean): Prisma.Sql {
  if (!avoid) return Prisma.sql`0`;
  const p = MATCH_POINTS.preference;
  return Prisma.sql`CASE WHEN ${column} IS NULL THEN ${int(p.unstated)} WHEN ${column} = 'NONE' THEN ${int(p.none)} ELSE ${int(p.present)} END`;
}

/** The score of the listing row aliased `alias` for the candidate: the sum of assessMatch's points. */
export function matchScoreSql(alias: string, c: MatchSqlCandidate): Prisma.Sql {
  const r = Prisma.raw(`"${alias}"`);
  const e = MATCH_POINTS.eligibility;
  const eligibility = Prisma.sql`CASE ${verdictSql(r, c)} WHEN 0 THEN ${int(e.eligible)} WHEN 1 THEN ${int(e.check)} ELSE ${int(e.not_eligible)} END`;
  const level =
    c.levelIds.length > 0
      ? Prisma.sql`CASE WHEN ${r}."levelId" = ANY(${c.levelIds}::text[]) THEN ${int(MATCH_POINTS.level)} ELSE 0 END`
      : Prisma.sql`0`;
  // The listing's skill ids are on its row (a copy of ListingSkill kept by triggers, migration
  // 20261205090000): reading them costs no probe of another table per scored listing. Integer division
  // rounds down as skillPoints does; the candidate's ids are distinct, the listing's too (its primary key).
  const skills =
    c.skillIds.length > 0
      ? Prisma.sql`CASE WHEN cardinality(${r}."skillIds") = 0 THEN 0 ELSE ${int(MATCH_POINTS.skills)} * (${Prisma.join(
          c.skillIds.map((id) => Prisma.sql`(${r}."skillIds" @> ARRAY[${id}]::text[])::int`),
          " + ",
        )}) / cardinality(${r}."skillIds") END`
      : Prisma.sql`0`;
  const pay =
    c.floorUsd !== null
      ? Prisma.sql`CASE WHEN ${r}."annualUsdMin" >= ${int(c.floorUsd)} THEN ${int(MATCH_POINTS.pay.above)}
                        WHEN ${r}."annualUsdMax" >= ${int(c.floorUsd)} THEN ${int(MATCH_POINTS.pay.within)}
                        ELSE ${int(MATCH_POINTS.pay.below)} END`
      : Prisma.sql`0`;
  const onCall = preferenceSql(Prisma.sql`${r}."onCall"`, c.avoidOnCall);
  const takeHome = preferenceSql(Prisma.sql`${r}."takeHome"`, c.avoidTakeHome);
  return Prisma.sql`((${eligibility}) + (${level}) + (${skills}) + (${pay}) + (${onCall}) + (${takeHome}))::int`;
}

/** Scores of the given listings (any status), for the agreement test and the bench. */
export function matchScoresSql(ids: readonly string[], c: MatchSqlCandidate): Prisma.Sql {
  return Prisma.sql`SELECT l."id", ${matchScoreSql("l", c)} AS "score" FROM "Listing" l WHERE l."id" = ANY(${ids}::text[])`;
}

/**
 * One page of the "Best match for me" order: the newest MATCH_CANDIDATES listings the filters give
 * (as relevance does, decision 015), scored, then keyset-paged by (score, id) descending. The cursor's
 * key is the last score.
 */
export function matchPageSql(
  query: SearchQuery,
  ctx: SearchContext,
  c: MatchSqlCandidate,
  cursor: Cursor | null,
  /** The bench compares window sizes; the app always uses MATCH_CANDIDATES. */
  window: number = MATCH_CANDIDATES,
): Prisma.Sql {
  const after = cursor ? Prisma.sql`WHERE (s."score", s."id") < (${cursor.key}::int, ${cursor.id})` : Prisma.empty;
  // The score is an output column of the window itself: Postgres evaluates it only for the rows the LIMIT
  // keeps (an index walk stops there; after a sort, costly output columns are computed past it).
  return Prisma.sql`
    SELECT s."id", s."score"::text AS "key"
      FROM (SELECT l."id", ${matchScoreSql("l", c)} AS "score"
              FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
             WHERE ${filterSql(query, ctx)}
             ORDER BY l."publishedAt" DESC, l."id" DESC
             LIMIT ${window}::int) s
     ${after}
     ORDER BY s."score" DESC, s."id" DESC
     LIMIT ${query.limit + 1}::int`;
}
