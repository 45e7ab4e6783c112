import "server-only";
import { cache } from "react";
import { WORLDWIDE_BAND } from "@/lib/band-regions";
import { bandWindowStart, type BandStats } from "@/lib/salary-bands";
import { readAllBands, type NamedBand } from "@/server/salaries/read";

export type BandRow = {
  key: string;
  label: string;
  stats: BandStats;
  /** Industries where architecture mistakes are costly (the seed's premium domains). */
  premium?: boolean;
};

export type LevelBands = BandRow & { slug: string; regions: BandRow[] };

export type SalaryOverview = {
  computedAt: Date | null;
  windowStart: Date | null;
  /** Listings behind the bands: each counts once, at its level. */
  listingCount: number;
  levels: LevelBands[];
  industries: BandRow[];
  regions: BandRow[];
};

const row = (band: NamedBand, label: string): BandRow => ({
  key: band.key,
  label,
  stats: {
    key: band.key,
    listingCount: band.listingCount,
    figures: band.figures,
    quantilesUsd: band.quantilesUsd,
    computedAt: band.computedAt,
  },
});

const byName = (a: BandRow, b: BandRow) => a.label.localeCompare(b.label);
/** Regions by name, the worldwide group after them. */
const regionOrder = (a: BandRow & { code: string }, b: BandRow & { code: string }) =>
  Number(a.code === WORLDWIDE_BAND.code) - Number(b.code === WORLDWIDE_BAND.code) || byName(a, b);
const regionRow = (b: NamedBand) => ({ ...row(b, b.region!.name), code: b.region!.code });

/** Everything /salaries draws, from one read of the SalaryBand table. Cached per request. */
export const getSalaryOverview = cache(async (): Promise<SalaryOverview> => {
  const bands = await readAllBands();
  const computedAt = bands.reduce<Date | null>((max, b) => (max === null || b.computedAt > max ? b.computedAt : max), null);
  const levelBands = bands.filter((b) => b.dimension === "LEVEL" && b.level).sort((a, b) => a.level!.rank - b.level!.rank);

  const levels = levelBands.map((band) => ({
    ...row(band, band.level!.name),
    slug: band.level!.slug,
    regions: bands
      .filter((b) => b.dimension === "LEVEL_REGION" && b.level?.id === band.level!.id && b.region)
      .map(regionRow)
      .sort(regionOrder),
  }));
  const industries = bands
    .filter((b) => b.dimension === "INDUSTRY" && b.industry)
    .map((b) => ({ ...row(b, b.industry!.name), premium: b.industry!.payPremium }))
    .sort((a, b) => Number(b.premium) - Number(a.premium) || byName(a, b));
  const regions = bands
    .filter((b) => b.dimension === "REGION" && b.region)
    .map(regionRow)
    .sort(regionOrder);

  return {
    computedAt,
    windowStart: computedAt ? bandWindowStart(computedAt) : null,
    listingCount: levelBands.reduce((sum, b) => sum + b.listingCount, 0),
    levels,
    industries,
    regions,
  };
});
