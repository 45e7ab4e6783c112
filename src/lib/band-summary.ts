import { listText, plural } from "@/lib/format";
import { MIN_BAND_LISTINGS, type BandStats } from "@/lib/salary-bands";

// The text that accompanies each box plot: what a sighted reader takes from the picture, in words.

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** "$146,160" */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** "$146k", for axis ticks only; tables and text give whole dollars. */
export function formatUsdShort(amount: number): string {
  return `$${Math.round(amount / 1000)}k`;
}

export function notEnoughDataText(listingCount: number): string {
  return `Not enough data: ${plural(listingCount, "listing")} (a band needs ${MIN_BAND_LISTINGS})`;
}

/** Two or three sentences: which groups have bands, the highest and lowest medians, what is missing. */
export function summariseBands(rows: readonly { label: string; stats: BandStats }[]): string {
  const drawn = rows.filter((r) => r.stats.figures !== null);
  const thin = rows.filter((r) => r.stats.figures === null);
  if (drawn.length === 0) {
    return `None of these groups has ${MIN_BAND_LISTINGS} or more listings yet, so no band is drawn.`;
  }
  const sentences = [
    `${drawn.length} of ${plural(rows.length, "group")} ${drawn.length === 1 ? "has" : "have"} enough listings for a band.`,
  ];
  const sorted = [...drawn].sort((a, b) => b.stats.figures!.medianUsd - a.stats.figures!.medianUsd);
  const top = sorted[0]!;
  const describe = (r: (typeof drawn)[number]) =>
    `${r.label} (${formatUsd(r.stats.figures!.medianUsd)}, middle half ${formatUsd(r.stats.figures!.p25Usd)} to ${formatUsd(r.stats.figures!.p75Usd)}, ${plural(r.stats.listingCount, "listing")})`;
  if (sorted.length === 1) {
    sentences.push(`Its median is ${describe(top)}.`);
  } else {
    sentences.push(`Highest median: ${describe(top)}. Lowest median: ${describe(sorted[sorted.length - 1]!)}.`);
  }
  if (thin.length > 0) sentences.push(`Not enough data yet for ${listText(thin.map((r) => r.label))}.`);
  return sentences.join(" ");
}
