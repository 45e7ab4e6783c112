import { rangeMidpoint, type BandStats } from "@/lib/salary-bands";

// Where a listing's pay sits in a salary band. Pure, so the listing page, the posting form (live, as
// the employer types) and the tests share one definition. docs/decisions/006-salary-bands.md.
//
// Definition. Let q(p), p in [0, 1], be the band's quantile function: PostgreSQL's percentile_cont
// over the band's range midpoints (linear interpolation between neighbouring values), stored at
// p = 0, 0.01, … 1 and joined linearly in between. A listing with midpoint m sits at
//   P = sup { p : q(p) < m }
// — the share of the band strictly below m: 0 when m is at or below the lowest midpoint, 1 above the
// highest, and where several listings pay exactly m, the start of that run (so a tie is never
// counted as "paying more"). "Pays more than P% of comparable listings" shows P rounded down, and
// says 100% only for pay strictly above the highest listing.

export type BandZone = "below-p25" | "p25-to-median" | "median-to-p75" | "above-p75";

export type BandPosition = {
  /** The listing's range midpoint in annual USD. */
  midpointUsd: number;
  /** P in [0, 1], unrounded. */
  share: number;
  /** P as a whole percentage, rounded down (never overstates); 100 only above the highest listing. */
  percent: number;
  /** Which quarter of the box the midpoint falls in. */
  zone: BandZone;
};

/** Null when the band has too few listings to have percentiles. */
export function bandPosition(
  listing: { annualUsdMin: number; annualUsdMax: number },
  band: Pick<BandStats, "quantilesUsd">,
): BandPosition | null {
  const q = band.quantilesUsd;
  if (q.length < 2) return null;
  const m = rangeMidpoint(listing);
  const share = shareBelow(q, m);
  // 100% is kept for pay above every listing; the top listing itself reads as 99%, not "more than every".
  const percent = m > q[q.length - 1]! ? 100 : Math.min(99, Math.floor(share * 100 + 1e-9));
  return { midpointUsd: m, share, percent, zone: zoneOf(share) };
}

function shareBelow(q: readonly number[], m: number): number {
  const steps = q.length - 1;
  // The last stored percentile strictly below m; q is non-decreasing.
  let i = -1;
  while (i + 1 <= steps && q[i + 1]! < m) i++;
  if (i < 0) return 0;
  if (i === steps) return 1;
  const low = q[i]!;
  const high = q[i + 1]!; // high >= m > low, so the division is safe
  return (i + (m - low) / (high - low)) / steps;
}

function zoneOf(share: number): BandZone {
  if (share < 0.25) return "below-p25";
  if (share < 0.5) return "p25-to-median";
  if (share < 0.75) return "median-to-p75";
  return "above-p75";
}

/** "Pays more than 80% of comparable listings", with the extremes said plainly. */
export function positionHeadline(position: BandPosition): string {
  if (position.percent === 100) return "Pays more than every comparable listing";
  if (position.percent === 0) return "Pays at or below the lowest comparable listings";
  return `Pays more than ${position.percent}% of comparable listings`;
}

export const zoneText: Record<BandZone, string> = {
  "below-p25": "in the lowest quarter of the band",
  "p25-to-median": "in the lower middle of the band, between the 25th percentile and the median",
  "median-to-p75": "in the upper middle of the band, between the median and the 75th percentile",
  "above-p75": "in the top quarter of the band",
};

/** The first candidate band (best first) that has enough listings to compare against. */
export function firstPublishedBand<T extends Pick<BandStats, "figures">>(candidates: readonly T[]): T | null {
  return candidates.find((band) => band.figures !== null) ?? null;
}
