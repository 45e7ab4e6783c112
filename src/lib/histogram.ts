import type { BandDomain } from "@/lib/band-scale";

// The histograms on /salaries: how many live listings' range midpoints fall in each bin. Pure, so the
// page, its tests and anyone reading the numbers agree on where the bins start and end.

export type HistogramBin = { fromUsd: number; toUsd: number; count: number };

/**
 * The bin edges: fixed-width bins over the page's shared axis (bandDomain), half an axis step wide
 * ($25k on the usual $50k axis, $50k on the wide one), so every gridline is a bin edge and the
 * histograms line up with the box plots above them. The domain's ends are whole steps, so the edges
 * cover it exactly: [minUsd, minUsd + w, …, maxUsd].
 */
export function histogramEdges(domain: BandDomain): number[] {
  const width = domain.stepUsd / 2;
  const edges: number[] = [];
  for (let edge = domain.minUsd; edge < domain.maxUsd; edge += width) edges.push(edge);
  edges.push(domain.maxUsd);
  return edges;
}

/**
 * Counts per bin. Each bin holds [from, to) — a midpoint on an edge counts in the bin that starts there —
 * except the last, which holds its upper edge too. Values outside the edges are not counted: the page
 * builds its domain from these values, so none are.
 */
export function histogramBins(edges: readonly number[], values: readonly number[]): HistogramBin[] {
  const bins = edges.slice(0, -1).map((fromUsd, i) => ({ fromUsd, toUsd: edges[i + 1]!, count: 0 }));
  const last = bins.length - 1;
  for (const value of values) {
    const i = bins.findIndex((b, j) => value >= b.fromUsd && (value < b.toUsd || (j === last && value === b.toUsd)));
    if (i >= 0) bins[i]!.count += 1;
  }
  return bins;
}
