import { formatUsd } from "@/lib/band-summary";
import { ticks, xPercent, type BandDomain } from "@/lib/band-scale";
import { plural } from "@/lib/format";
import type { HistogramBin } from "@/lib/histogram";
import { AxisLabels } from "./axis-labels";

// One level's histogram of live listings' range midpoints, drawn on the server like the box plots (same
// axis, gridlines, tokens and type; no script), followed by the table of the numbers it draws. Heights
// share one scale across levels (`tallest`), so bars compare between the histograms on the page.

const TOP = 18;
const PLOT = 96;
const AXIS = 30;
/** Space between neighbouring bars, in percent of the width. */
const GAP = 0.4;

export type LevelHistogramData = { slug: string; label: string; count: number; bins: HistogramBin[] };

const binLabel = (b: HistogramBin) => `${formatUsd(b.fromUsd)} to ${formatUsd(b.toUsd)}`;

/** The sentence the chart's <desc> and the page both give. */
export function histogramSummary(data: LevelHistogramData): string {
  if (data.count === 0) return `No open ${data.label} listings right now.`;
  const busiest = data.bins.reduce((top, b) => (b.count > top.count ? b : top));
  return `${plural(data.count, "open listing")}; the most common midpoint range is ${binLabel(busiest)} (${plural(busiest.count, "listing")}).`;
}

export function LevelHistogram({
  id,
  data,
  domain,
  tallest,
}: {
  id: string;
  data: LevelHistogramData;
  domain: BandDomain;
  tallest: number;
}) {
  const title = `${data.label}: open listings by range midpoint`;
  const summary = histogramSummary(data);
  return (
    <figure className="flex flex-col gap-3" aria-labelledby={`${id}-heading`} data-histogram={data.slug}>
      <figcaption id={`${id}-heading`} className="font-semibold text-ink">
        {title}
      </figcaption>
      {data.count === 0 ? (
        <p className="rounded-lg border border-dashed border-line px-3 py-4 text-ink-muted" data-part="empty">
          {summary}
        </p>
      ) : (
        <>
          <Bars id={id} title={title} summary={summary} bins={data.bins} domain={domain} tallest={tallest} />
          <BinTable
            id={`${id}-table`}
            caption={`${title}: listings per range of midpoints (ranges not listed have none)`}
            bins={data.bins}
          />
        </>
      )}
    </figure>
  );
}

function Bars({
  id,
  title,
  summary,
  bins,
  domain,
  tallest,
}: {
  id: string;
  title: string;
  summary: string;
  bins: readonly HistogramBin[];
  domain: BandDomain;
  tallest: number;
}) {
  const bottom = TOP + PLOT;
  const x = (usd: number) => xPercent(domain, usd);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      height={bottom + AXIS}
      className="block overflow-visible"
      data-chart={id}
      data-tallest={tallest}
      data-plot-height={PLOT}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {ticks(domain).map((v) => (
        <line key={v} x1={`${x(v)}%`} x2={`${x(v)}%`} y1={TOP} y2={bottom} className="stroke-line" strokeWidth={1} />
      ))}
      {bins.map((b) => {
        // Whole pixels, so what a test reads back is exactly what was drawn.
        const height = Math.round((b.count / Math.max(1, tallest)) * PLOT);
        const left = x(b.fromUsd) + GAP / 2;
        const width = Math.max(0, x(b.toUsd) - x(b.fromUsd) - GAP);
        return (
          <g key={b.fromUsd} data-bin-from={b.fromUsd} data-bin-to={b.toUsd} data-count={b.count}>
            {b.count > 0 ? (
              <>
                <rect
                  x={`${left}%`}
                  width={`${width}%`}
                  y={bottom - height}
                  height={height}
                  rx={2}
                  className="fill-accent-soft stroke-accent"
                  strokeWidth={1.5}
                  data-part="bar"
                />
                <text
                  x={`${left + width / 2}%`}
                  y={bottom - height - 4}
                  textAnchor="middle"
                  className="fill-ink text-xs tabular-nums"
                  data-part="label"
                >
                  {b.count}
                </text>
              </>
            ) : null}
          </g>
        );
      })}
      <line x1="0" x2="100%" y1={bottom} y2={bottom} className="stroke-line-strong" strokeWidth={1} />
      <AxisLabels domain={domain} y={bottom + 20} />
    </svg>
  );
}

/** The bins from the first to the last that holds a listing; the caption says the rest are empty. */
function BinTable({ id, caption, bins }: { id: string; caption: string; bins: readonly HistogramBin[] }) {
  const first = bins.findIndex((b) => b.count > 0);
  const last = bins.length - 1 - [...bins].reverse().findIndex((b) => b.count > 0);
  const shown = bins.slice(first, last + 1);
  const top = bins[bins.length - 1];
  return (
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-sm" data-histogram-table={id}>
        <caption id={`${id}-caption`} className="px-3 py-2 text-left text-ink-muted">
          {caption}
        </caption>
        <thead className="bg-surface-muted text-left text-ink">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Range midpoint (annual US dollars)
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Listings
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line bg-surface">
          {shown.map((b) => (
            <tr key={b.fromUsd} data-bin-from={b.fromUsd} data-bin-to={b.toUsd}>
              <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap text-ink">
                {formatUsd(b.fromUsd)} to {b === top ? "" : "under "}
                {formatUsd(b.toUsd)}
              </th>
              <td className="px-3 py-2 text-right tabular-nums" data-field="count">
                {b.count}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every level's histogram, on the page's shared axis and one height scale. */
export function LevelHistograms({ levels, domain }: { levels: readonly LevelHistogramData[]; domain: BandDomain }) {
  const tallest = Math.max(1, ...levels.flatMap((l) => l.bins.map((b) => b.count)));
  return (
    <div className="flex flex-col gap-8" data-histograms>
      {levels.map((level) => (
        <LevelHistogram key={level.slug} id={`histogram-${level.slug}`} data={level} domain={domain} tallest={tallest} />
      ))}
    </div>
  );
}
