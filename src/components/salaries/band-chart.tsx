import { notEnoughDataText } from "@/lib/band-summary";
import { ticks, xPercent, type BandDomain } from "@/lib/band-scale";
import type { SalaryReference } from "@/lib/salary-reference";
import type { BandStats } from "@/lib/salary-bands";
import { AxisLabels } from "./axis-labels";

// A horizontal box plot drawn on the server: no chart library, no script. Horizontal positions are
// percentages of the width (SVG allows them for x), so the chart fills any screen while its text
// keeps its real size. Colours come from the design tokens, so it follows light and dark mode.
//
// Each row: whiskers from the lowest to the highest midpoint, a box from p25 to p75, a bar at the median.
// The numbers drawn are also on each row's data-* attributes and in the table beside the chart.

export type ChartRow = { key: string; label: string; stats: BandStats };

const TOP = 8;
const ROW = 58;
const AXIS = 30;

export const referenceTone: Record<string, string> = {
  typical: "fill-success-soft",
  "top-tier": "fill-warning-soft",
};

const pct = (n: number) => `${n}%`;

/** "Infrastructure (cloud, data platforms)" -> "Infrastructure": the table carries the full name. */
const shortLabel = (label: string) => label.replace(/\s*\(.*\)$/, "");

export function BandChart({
  id,
  title,
  summary,
  rows,
  domain,
  references = [],
}: {
  id: string;
  title: string;
  summary: string;
  rows: readonly ChartRow[];
  domain: BandDomain;
  references?: readonly SalaryReference[];
}) {
  const plotBottom = TOP + rows.length * ROW;
  const x = (usd: number) => pct(xPercent(domain, usd));
  const width = (from: number, to: number) => pct(Math.max(0, xPercent(domain, to) - xPercent(domain, from)));
  const tickValues = ticks(domain);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      height={plotBottom + AXIS}
      className="block overflow-visible"
      data-chart={id}
      data-domain-min={domain.minUsd}
      data-domain-max={domain.maxUsd}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>

      {references.map((ref) => (
        <rect
          key={ref.key}
          x={x(ref.fromUsd)}
          width={width(ref.fromUsd, ref.toUsd)}
          y={TOP}
          height={plotBottom - TOP}
          className={referenceTone[ref.key] ?? "fill-surface-muted"}
          data-reference={ref.key}
        />
      ))}
      {tickValues.map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={TOP} y2={plotBottom} className="stroke-line" strokeWidth={1} />
      ))}

      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        const f = row.stats.figures;
        const mid = y + 37;
        return (
          <g
            key={row.key}
            data-band={row.key}
            data-count={row.stats.listingCount}
            {...(f
              ? {
                  "data-min": f.minUsd,
                  "data-p25": f.p25Usd,
                  "data-median": f.medianUsd,
                  "data-p75": f.p75Usd,
                  "data-max": f.maxUsd,
                }
              : {})}
          >
            <text x="0" y={y + 17} className="fill-ink text-sm font-medium">
              {shortLabel(row.label)}
            </text>
            {f ? (
              <>
                <line x1={x(f.minUsd)} x2={x(f.p25Usd)} y1={mid} y2={mid} className="stroke-ink-muted" strokeWidth={1.5} />
                <line x1={x(f.p75Usd)} x2={x(f.maxUsd)} y1={mid} y2={mid} className="stroke-ink-muted" strokeWidth={1.5} />
                <line
                  x1={x(f.minUsd)}
                  x2={x(f.minUsd)}
                  y1={mid - 7}
                  y2={mid + 7}
                  className="stroke-ink-muted"
                  strokeWidth={1.5}
                  data-part="min"
                />
                <line
                  x1={x(f.maxUsd)}
                  x2={x(f.maxUsd)}
                  y1={mid - 7}
                  y2={mid + 7}
                  className="stroke-ink-muted"
                  strokeWidth={1.5}
                  data-part="max"
                />
                <rect
                  x={x(f.p25Usd)}
                  width={width(f.p25Usd, f.p75Usd)}
                  y={mid - 11}
                  height={22}
                  rx={3}
                  className="fill-accent-soft stroke-accent"
                  strokeWidth={1.5}
                  data-part="box"
                />
                <line
                  x1={x(f.medianUsd)}
                  x2={x(f.medianUsd)}
                  y1={mid - 13}
                  y2={mid + 13}
                  className="stroke-ink"
                  strokeWidth={3}
                  data-part="median"
                />
              </>
            ) : (
              <text x="0" y={mid + 5} className="fill-ink-muted text-sm" data-part="not-enough-data">
                {notEnoughDataText(row.stats.listingCount)}
              </text>
            )}
          </g>
        );
      })}

      <line x1="0" x2="100%" y1={plotBottom} y2={plotBottom} className="stroke-line-strong" strokeWidth={1} />
      <AxisLabels domain={domain} y={plotBottom + 20} />
    </svg>
  );
}
