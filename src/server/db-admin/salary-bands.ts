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
    return tx.$executeRaw`
      WITH sample AS (
        SELECT l."levelId" AS level_id, c."industryId" AS industry_id, l."worldwide",
               -- Every country the listing is open to: named directly or through a named region.
               ARRAY(SELECT unnest(l."eligibleCountries")
                     UNION SELECT unnest(r."countries") FROM "Region" r WHERE r."code" = ANY (l."eligibleRegions")) AS open_countries,
               (l."annualUsdMin"::bigint + l."annualUsdMax")::float8 AS twice_mid
          FROM "Listing" l
          JOIN "Company" c ON c."id" = l."companyId"
         WHERE c."status" = 'ACTIVE'
           AND (l."status" = 'PUBLISHED'
                OR (l."status" IN ('EXPIRED', 'CLOSED') AND l."publishedAt" >= ${windowStart}))
      ),
      -- A listing counts in region r when r contains every country it is open to; worldwide listings
      -- form a group of their own (src/lib/band-regions.ts has the twin of this rule).
      in_region AS (
        SELECT s.level_id, s.twice_mid, r."code" AS region_code
          FROM sample s
          JOIN "Region" r
            ON NOT s."worldwide" AND cardinality(s.open_countries) > 0 AND s.open_countries <@ r."countries"
        UNION ALL
        SELECT s.level_id, s.twice_mid, ${WORLDWIDE_BAND.code} FROM sample s WHERE s."worldwide"
      ),
      members AS (
        SELECT 'level:' || level_id AS key, twice_mid FROM sample
        UNION ALL SELECT 'industry:' || industry_id, twice_mid FROM sample WHERE industry_id IS NOT NULL
        UNION ALL SELECT 'region:' || region_code, twice_mid FROM in_region
        UNION ALL SELECT 'level-region:' || level_id || ':' || region_code, twice_mid FROM in_region
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
      ),
      stats AS (
        SELECT g.key, g.dimension, g.level_id, g.industry_id, g.region_code,
               count(m.twice_mid)::int AS n,
               min(m.twice_mid) AS lowest,
               percentile_cont(0.25) WITHIN GROUP (ORDER BY m.twice_mid) AS p25,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY m.twice_mid) AS p50,
               percentile_cont(0.75) WITHIN GROUP (ORDER BY m.twice_mid) AS p75,
               max(m.twice_mid) AS highest,
               percentile_cont(${fractions}::float8[]) WITHIN GROUP (ORDER BY m.twice_mid) AS quantiles
          FROM groups g
          LEFT JOIN members m ON m.key = g.key
         GROUP BY g.key, g.dimension, g.level_id, g.industry_id, g.region_code
      )
      INSERT INTO "SalaryBand" ("key", "dimension", "levelId", "industryId", "regionCode", "listingCount",
                                "minUsd", "p25Usd", "medianUsd", "p75Usd", "maxUsd", "quantilesUsd", "computedAt")
      SELECT key, dimension, level_id, industry_id, region_code, n,
             CASE WHEN n >= ${MIN_BAND_LISTINGS} THEN round((lowest / 2)::numeric)::int END,
             CASE WHEN n >= ${MIN_BAND_LISTINGS} THEN round((p25 / 2)::numeric)::int END,
             CASE WHEN n >= ${MIN_BAND_LISTINGS} THEN round((p50 / 2)::numeric)::int END,
             CASE WHEN n >= ${MIN_BAND_LISTINGS} THEN round((p75 / 2)::numeric)::int END,
             CASE WHEN n >= ${MIN_BAND_LISTINGS} THEN round((highest / 2)::numeric)::int END,
             CASE WHEN n >= ${MIN_BAND_LISTINGS}
                  THEN ARRAY(SELECT round((x / 2)::numeric)::int FROM unnest(quantiles) WITH ORDINALITY AS u(x, i) ORDER BY i)
                  ELSE '{}'::int[] END,
             ${now}
        FROM stats`;
  });
  return { groups, computedAt: now };
}
