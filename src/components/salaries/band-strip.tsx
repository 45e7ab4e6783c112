import { formatUsd } from "@/lib/band-summary";
import { bandDomain, ticks, xPercent } from "@/lib/band-scale";
import type { BandFigures } from "@/lib/salary-bands";
import { AxisLabels } from "./axis-labels";

/**
 * One band as a box plot with a listing's own range laid over it (a bar from its minimum to its
 * maximum and a dot at the midpoint). Server-rendered SVG, percentages across, token colours.
 */
export function BandStrip({
  id,
  title,
  description,
  band,
  range,
}: {
  id: string;
  title: string;
  description: string;
  band: BandFigures;
  range: { minUsd: number; maxUsd: number; midpointUsd: number };
}) {
  const domain = bandDomain([band.minUsd, band.maxUsd, range.minUsd, range.maxUsd]);
  const x = (usd: number) => `${xPercent(domain, usd)}%`;
  const w = (from: number, to: number) => `${Math.max(0, xPercent(domain, to) - xPercent(domain, from))}%`;
  const tickValues = ticks(domain);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      height={86}
      className="block overflow-visible"
      data-chart={id}
      data-domain-min={domain.minUsd}
      data-domain-max={domain.maxUsd}
      data-p25={band.p25Usd}
      data-median={band.medianUsd}
      data-p75={band.p75Usd}
      data-listing-midpoint={range.midpointUsd}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {tickValues.map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={4} y2={58} className="stroke-line" strokeWidth={1} />
      ))}
      {/* The band. */}
      <line x1={x(band.minUsd)} x2={x(band.maxUsd)} y1={22} y2={22} className="stroke-ink-muted" strokeWidth={1.5} />
      <rect
        x={x(band.p25Usd)}
        width={w(band.p25Usd, band.p75Usd)}
        y={12}
        height={20}
        rx={3}
        className="fill-accent-soft stroke-accent"
        strokeWidth={1.5}
      />
      <line x1={x(band.medianUsd)} x2={x(band.medianUsd)} y1={10} y2={34} className="stroke-ink" strokeWidth={3} />
      {/* This listing. */}
      <line
        x1={x(range.minUsd)}
        x2={x(range.maxUsd)}
        y1={48}
        y2={48}
        className="stroke-ink"
        strokeWidth={4}
        strokeLinecap="round"
      />
      <circle
        cx={x(range.midpointUsd)}
        cy={48}
        r={6}
        className="fill-accent stroke-surface"
        strokeWidth={2}
        data-part="listing-midpoint"
      />
      <line x1="0" x2="100%" y1={58} y2={58} className="stroke-line-strong" strokeWidth={1} />
      <AxisLabels domain={domain} y={76} />
    </svg>
  );
}

export function bandStripDescription(band: BandFigures, range: { minUsd: number; maxUsd: number }): string {
  return (
    `Upper row: comparable listings, lowest ${formatUsd(band.minUsd)}, middle half ${formatUsd(band.p25Usd)} to ${formatUsd(band.p75Usd)}, ` +
    `median ${formatUsd(band.medianUsd)}, highest ${formatUsd(band.maxUsd)}. Lower row: this listing, ${formatUsd(range.minUsd)} to ${formatUsd(range.maxUsd)}.`
  );
}
