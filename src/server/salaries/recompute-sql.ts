import type { Prisma } from "@/generated/prisma/client";
import { WORLDWIDE_BAND } from "@/lib/band-regions";
import { bandWindowStart, MIN_BAND_LISTINGS, quantileFractions } from "@/lib/salary-bands";

// Rewrites the SalaryBand table from the listings, in SQL, in one transaction (docs/decisions/006).
// No "server-only": the seed and the tests call it with their own client; the app calls it through
// src/server/salaries/recompute.ts.
//
// Which listings: PUBLISHED ones, plus EXPIRED or CLOSED ones published within the last 12 months,
// of companies that are not suspended. Each contributes one number: the midpoint of its annual-USD
// range, (annualUsdMin + annualUsdMax) / 2.
//
// Percentiles use percentile_cont, i.e. linear interpolation between order statistics: for fraction
// p over n sorted values v[0..n-1], the value at rank p·(n−1), interpolated between its two
// neighbours (the "type 7" / Excel PERCENTILE.INC / numpy "linear" definition; the median of an even
// count is the mean of the middle two). The SQL orders by twice the midpoint, an exact integer, so
// the quartiles come out exact before halving; every figure is then rounded half-up to whole dollars.

/** Any key will do as long as nothing else in the database uses it. */
const RECOMPUTE_LOCK = 73_110_006;

export type RecomputeResult = { groups: number; computedAt: Date };

type RawTx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
/** Any Prisma client: the app's (with its omit settings), the seed's or a test's. */
export type BandsClient = { $transaction<R>(work: (tx: RawTx) => Promise<R>): Promise<R> };

export async function recomputeSalaryBandsWith(client: BandsClient, now: Date = new Date()): Promise<RecomputeResult> {
  const windowStart = bandWindowStart(now);
  const fractions = quantileFractions();
  const groups = await client.$transaction(async (tx) => {
    // Two recomputes at once would both delete and then insert the same keys; take turns instead.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${RECOMPUTE_LOCK}::bigint)::text AS locked`;
    await tx.$executeRaw`DELETE FROM "SalaryBand"`;
    // Sorting every group's midpoints is the expensive step; let it happen in memory (this transaction only).
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    return tx.$executeRaw`
      WITH sample AS (
        SELECT l."levelId" AS level_id, c."industryId" AS industry_id, l."worldwide",
               coalesce(l."eligibleRegions", '{}') AS regions, coalesce(l."eligibleCountries", '{}') AS countries,
               (l."annualUsdMin"::bigint + l."annualUsdMax")::float8 AS twice_mid
          FROM "Listing" l
          JOIN "Company" c ON c."id" = l."companyId"
         WHERE c."status" = 'ACTIVE'
           AND (l."status" = 'PUBLISHED'
                OR (l."status" IN ('EXPIRED', 'CLOSED') AND l."publishedAt" >= ${windowStart}))
      ),
      -- Many listings share an eligibility; work out each distinct one's regions once. A listing counts
      -- in region r when r contains every country it is open to, named directly or through a named
      -- region (src/lib/band-regions.ts has the twin of this rule).
      -- (MATERIALIZED: computed once, not re-evaluated for every listing it is joined with.)
      pattern_regions AS MATERIALIZED (
        SELECT p.regions, p.countries, r."code" AS region_code
          FROM (SELECT regions, countries,
                       ARRAY(SELECT unnest(countries)
                             UNION SELECT unnest(n."countries") FROM "Region" n WHERE n."code" = ANY (regions)) AS open_countries
                  FROM (SELECT DISTINCT regions, countries FROM sample WHERE NOT "worldwide") d) p
          JOIN "Region" r ON cardinality(p.open_countries) > 0 AND p.open_countries <@ r."countries"
      ),
      -- Worldwide listings form a group of their own.
      in_region AS (
        SELECT s.level_id, s.twice_mid, pr.region_code
          FROM sample s
          JOIN pattern_regions pr ON pr.regions = s.regions AND pr.countries = s.countries
         WHERE NOT s."worldwide"
        UNION ALL
        SELECT level_id, twice_mid, ${WORLDWIDE_BAND.code} FROM sample WHERE "worldwide"
      ),
      members AS (
        SELECT 'level:' || level_id AS key, twice_mid FROM sample
        UNION ALL SELECT 'industry:' || industry_id, twice_mid FROM sample WHERE industry_id IS NOT NULL
        UNION ALL SELECT 'region:' || region_code, twice_mid FROM in_region
        UNION ALL SELECT 'level-region:' || level_id || ':' || region_code, twice_mid FROM in_region
      ),
      stats AS (
        SELECT key,
               count(*)::int AS n,
               min(twice_mid) AS lowest,
               percentile_cont(0.25) WITHIN GROUP (ORDER BY twice_mid) AS p25,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY twice_mid) AS p50,
               percentile_cont(0.75) WITHIN GROUP (ORDER BY twice_mid) AS p75,
               max(twice_mid) AS highest,
               percentile_cont(${fractions}::float8[]) WITHIN GROUP (ORDER BY twice_mid) AS quantiles
          FROM members
         GROUP BY key
      ),
      -- Every group gets a row, with or without listings, so "0 listings" is stated rather than missing.
      groups AS (
        SELECT 'level:' || l."id" AS key, 'LEVEL'::"SalaryBandDimension" AS dimension,
               l."id" AS level_id, NULL::text AS industry_id, NULL::text AS region_code
          FROM "SeniorityLevel" l
        UNION ALL SELECT 'industry:' || i."id", 'INDUSTRY', NULL, i."id", NULL FROM "Industry" i
        UNION ALL SELECT 'region:' || r.code, 'REGION', NULL, NULL, r.code
          FROM (SELECT "code" AS code FROM "Region" UNION ALL SELECT ${WORLDWIDE_BAND.code}) r
        UNION ALL SELECT 'level-region:' || l."id" || ':' || r.code, 'LEVEL_REGION', l."id", NULL, r.code
          FROM "SeniorityLevel" l
          CROSS JOIN (SELECT "code" AS code FROM "Region" UNION ALL SELECT ${WORLDWIDE_BAND.code}) r
      )
      INSERT INTO "SalaryBand" ("key", "dimension", "levelId", "industryId", "regionCode", "listingCount",
                                "minUsd", "p25Usd", "medianUsd", "p75Usd", "maxUsd", "quantilesUsd", "computedAt")
      SELECT g.key, g.dimension, g.level_id, g.industry_id, g.region_code, coalesce(s.n, 0),
             CASE WHEN s.n >= ${MIN_BAND_LISTINGS} THEN round((s.lowest / 2)::numeric)::int END,
             CASE WHEN s.n >= ${MIN_BAND_LISTINGS} THEN round((s.p25 / 2)::numeric)::int END,
             CASE WHEN s.n >= ${MIN_BAND_LISTINGS} THEN round((s.p50 / 2)::numeric)::int END,
             CASE WHEN s.n >= ${MIN_BAND_LISTINGS} THEN round((s.p75 / 2)::numeric)::int END,
             CASE WHEN s.n >= ${MIN_BAND_LISTINGS} THEN round((s.highest / 2)::numeric)::int END,
             CASE WHEN s.n >= ${MIN_BAND_LISTINGS}
                  THEN ARRAY(SELECT round((x / 2)::numeric)::int FROM unnest(s.quantiles) WITH ORDINALITY AS u(x, i) ORDER BY i)
                  ELSE '{}'::int[] END,
             ${now}
        FROM groups g
        LEFT JOIN stats s ON s.key = g.key`;
  });
  return { groups, computedAt: now };
}
