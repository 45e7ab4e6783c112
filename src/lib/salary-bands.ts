// Salary bands: the rules shared by the SQL that computes them (src/server/salaries/recompute-sql.ts),
// the pages that draw them and the tests that check them. Pure: no database. See docs/decisions/006.

/** A group with fewer listings than this gets "not enough data" instead of a band. */
export const MIN_BAND_LISTINGS = 5;

/** Archived (expired or closed) listings count while they were published within this many months. */
export const BAND_WINDOW_MONTHS = 12;

/** Bands older than this are recomputed on the next read, so the 12-month window keeps rolling. */
export const BAND_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Stored percentiles run p0, p1, … p100: this many steps between min and max. */
const BAND_QUANTILE_STEPS = 100;

export type BandDimension = "LEVEL" | "INDUSTRY" | "REGION" | "LEVEL_REGION";

/** The primary key of each group's row in SalaryBand. */
export const bandKey = {
  level: (levelId: string) => `level:${levelId}`,
  industry: (industryId: string) => `industry:${industryId}`,
  region: (regionCode: string) => `region:${regionCode}`,
  levelRegion: (levelId: string, regionCode: string) => `level-region:${levelId}:${regionCode}`,
};

/** Annual USD of the listings' range midpoints, whole dollars. */
export type BandFigures = {
  minUsd: number;
  p25Usd: number;
  medianUsd: number;
  p75Usd: number;
  maxUsd: number;
};

export type BandStats = {
  key: string;
  listingCount: number;
  /** Null when the group has fewer than MIN_BAND_LISTINGS listings. */
  figures: BandFigures | null;
  /** p0..p100 when figures exist, else empty. */
  quantilesUsd: number[];
  computedAt: Date;
};

/** The oldest publication date an archived listing may have and still count: `now` minus 12 calendar months (UTC). */
export function bandWindowStart(now: Date): Date {
  const start = new Date(now.getTime());
  start.setUTCMonth(start.getUTCMonth() - BAND_WINDOW_MONTHS);
  return start;
}

/** The fractions 0, 0.01, … 1 handed to percentile_cont for the stored percentiles. */
export function quantileFractions(): number[] {
  return Array.from({ length: BAND_QUANTILE_STEPS + 1 }, (_, i) => i / BAND_QUANTILE_STEPS);
}

/** A listing's position in the distribution is measured at the midpoint of its range. */
export function rangeMidpoint(pay: { annualUsdMin: number; annualUsdMax: number }): number {
  return (pay.annualUsdMin + pay.annualUsdMax) / 2;
}

/** Whether stored bands are too old to serve (never computed counts as too old). */
export function bandsAreStale(computedAt: Date | null, now: Date): boolean {
  return computedAt === null || now.getTime() - computedAt.getTime() > BAND_MAX_AGE_MS;
}
