import "server-only";
import { WORLDWIDE_BAND } from "@/lib/band-regions";
import type { BandDimension, BandFigures, BandStats } from "@/lib/salary-bands";
import { bandsAreStale } from "@/lib/salary-bands";
import { db } from "@/server/db";
import { recomputeSalaryBands } from "@/server/salaries/recompute";

// Reading bands is one query on SalaryBand (by primary key or the whole small table), never an
// aggregate over listings. Bands past their maximum age, or never computed, are recomputed first.

type StoredBand = {
  key: string;
  listingCount: number;
  minUsd: number | null;
  p25Usd: number | null;
  medianUsd: number | null;
  p75Usd: number | null;
  maxUsd: number | null;
  quantilesUsd: number[] | null;
  computedAt: Date;
};

export type NamedBand = BandStats & {
  dimension: BandDimension;
  level: { id: string; slug: string; name: string; rank: number } | null;
  industry: { id: string; slug: string; name: string; payPremium: boolean } | null;
  /** countryCount is null for the worldwide group. */
  region: { code: string; name: string; countryCount: number | null } | null;
};

function toStats(row: StoredBand): BandStats {
  const { minUsd, p25Usd, medianUsd, p75Usd, maxUsd } = row;
  const figures: BandFigures | null =
    minUsd !== null && p25Usd !== null && medianUsd !== null && p75Usd !== null && maxUsd !== null
      ? { minUsd, p25Usd, medianUsd, p75Usd, maxUsd }
      : null;
  return {
    key: row.key,
    listingCount: row.listingCount,
    figures,
    quantilesUsd: figures ? (row.quantilesUsd ?? []) : [],
    computedAt: row.computedAt,
  };
}

const oldest = (rows: { computedAt: Date }[]) =>
  rows.reduce<Date | null>((min, r) => (min === null || r.computedAt < min ? r.computedAt : min), null);

type JoinedRow = StoredBand & {
  dimension: BandDimension;
  levelId: string | null;
  levelSlug: string | null;
  levelName: string | null;
  levelRank: number | null;
  industryId: string | null;
  industrySlug: string | null;
  industryName: string | null;
  industryPremium: boolean | null;
  regionCode: string | null;
  regionName: string | null;
  regionCountryCount: number | null;
};

function queryAll() {
  // Rows whose level, industry or region has since been deleted are left out until the next recompute.
  return db.$queryRaw<JoinedRow[]>`
    SELECT b."key", b."dimension"::text AS "dimension", b."listingCount", b."minUsd", b."p25Usd", b."medianUsd",
           b."p75Usd", b."maxUsd", b."quantilesUsd", b."computedAt",
           l."id" AS "levelId", l."slug" AS "levelSlug", l."name" AS "levelName", l."rank" AS "levelRank",
           i."id" AS "industryId", i."slug" AS "industrySlug", i."name" AS "industryName", i."payPremium" AS "industryPremium",
           b."regionCode", r."name" AS "regionName", cardinality(r."countries") AS "regionCountryCount"
      FROM "SalaryBand" b
      LEFT JOIN "SeniorityLevel" l ON l."id" = b."levelId"
      LEFT JOIN "Industry" i ON i."id" = b."industryId"
      LEFT JOIN "Region" r ON r."code" = b."regionCode"
     WHERE (b."levelId" IS NULL OR l."id" IS NOT NULL)
       AND (b."industryId" IS NULL OR i."id" IS NOT NULL)
       AND (b."regionCode" IS NULL OR b."regionCode" = ${WORLDWIDE_BAND.code} OR r."code" IS NOT NULL)`;
}

function named(row: JoinedRow): NamedBand {
  return {
    ...toStats(row),
    dimension: row.dimension,
    level: row.levelId ? { id: row.levelId, slug: row.levelSlug!, name: row.levelName!, rank: row.levelRank! } : null,
    industry: row.industryId
      ? { id: row.industryId, slug: row.industrySlug!, name: row.industryName!, payPremium: row.industryPremium! }
      : null,
    region: !row.regionCode
      ? null
      : row.regionCode === WORLDWIDE_BAND.code
        ? { code: WORLDWIDE_BAND.code, name: WORLDWIDE_BAND.name, countryCount: null }
        : { code: row.regionCode, name: row.regionName!, countryCount: row.regionCountryCount! },
  };
}

/** Every band with the names of its level, industry and region. */
export async function readAllBands(now: Date = new Date()): Promise<NamedBand[]> {
  let rows = await queryAll();
  if (bandsAreStale(oldest(rows), now)) {
    await recomputeSalaryBands(now);
    rows = await queryAll();
  }
  return rows.map(named);
}

/** The bands with these keys (missing keys are simply absent). */
export async function readBandsByKey(keys: string[], now: Date = new Date()): Promise<Map<string, BandStats>> {
  const read = () => db.salaryBand.findMany({ where: { key: { in: keys } } });
  let rows = await read();
  const stale =
    rows.length > 0
      ? bandsAreStale(oldest(rows), now)
      : bandsAreStale((await db.salaryBand.aggregate({ _max: { computedAt: true } }))._max.computedAt, now);
  if (stale) {
    await recomputeSalaryBands(now);
    rows = await read();
  }
  return new Map(rows.map((row) => [row.key, toStats(row)]));
}
