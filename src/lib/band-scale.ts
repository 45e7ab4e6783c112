import type { BandFigures } from "@/lib/salary-bands";

// The horizontal scale shared by every box plot on a page, so boxes can be compared across charts.

export type BandDomain = { minUsd: number; maxUsd: number; stepUsd: number };

/** Whole steps around every figure and reference range given, never narrower than one step. */
export function bandDomain(values: readonly number[]): BandDomain {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Number.isFinite(hi - lo) ? hi - lo : 0;
  const stepUsd = span > 400_000 ? 100_000 : 50_000;
  const minUsd = Number.isFinite(lo) ? Math.floor(lo / stepUsd) * stepUsd : 0;
  const maxUsd = Number.isFinite(hi) ? Math.max(minUsd + stepUsd, Math.ceil(hi / stepUsd) * stepUsd) : stepUsd;
  return { minUsd, maxUsd, stepUsd };
}

/** Every value a band figure or reference could push the axis to. */
export function figureValues(figures: readonly (BandFigures | null)[]): number[] {
  return figures.flatMap((f) => (f ? [f.minUsd, f.maxUsd] : []));
}

/** Horizontal margin, in percent of the width, left on each side for the edge tick labels. */
const MARGIN = 1.5;

/** A dollar amount's position across the chart, in percent of its width (SVG accepts percentages for x). */
export function xPercent(domain: BandDomain, usd: number): number {
  const t = (usd - domain.minUsd) / (domain.maxUsd - domain.minUsd);
  return Math.round((MARGIN + t * (100 - 2 * MARGIN)) * 1000) / 1000;
}

export function ticks(domain: BandDomain): number[] {
  const out: number[] = [];
  for (let v = domain.minUsd; v <= domain.maxUsd; v += domain.stepUsd) out.push(v);
  return out;
}

/**
 * Whether tick i of n gets a label on a phone, where a chart is ~330px wide: every k-th tick, k chosen so
 * that at most `room` labels show, never two neighbours (the gridlines stay for all of them).
 */
export function labelledOnPhone(i: number, n: number, room = 5): boolean {
  return i % Math.ceil(n / room) === 0;
}
