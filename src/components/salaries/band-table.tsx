import { formatUsd, notEnoughDataText } from "@/lib/band-summary";
import type { BandStats } from "@/lib/salary-bands";

export type TableRow = { key: string; label: string; stats: BandStats; premium?: boolean };

const headings = ["Lowest", "25th percentile", "Median", "75th percentile", "Highest"] as const;

/** The exact numbers a box plot draws, as a table (the accessible form of the chart). */
export function BandTable({
  id,
  caption,
  groupHeading,
  rows,
}: {
  id: string;
  caption: string;
  groupHeading: string;
  rows: readonly TableRow[];
}) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-band-table={id}>
        <caption id={`${id}-caption`} className="px-3 py-2 text-left text-ink-muted">
          {caption}
        </caption>
        <thead className="bg-surface-muted text-left text-ink">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {groupHeading}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Listings
            </th>
            {headings.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-right font-semibold whitespace-nowrap">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line bg-surface">
          {rows.map((row) => {
            const f = row.stats.figures;
            return (
              <tr key={row.key} data-band={row.key}>
                <th scope="row" className="min-w-44 px-3 py-2 text-left font-medium text-ink">
                  {row.label}
                  {row.premium ? (
                    <span className="ml-2 text-xs font-normal whitespace-nowrap text-ink-muted">(premium domain)</span>
                  ) : null}
                </th>
                <td className="px-3 py-2 text-right tabular-nums" data-field="count">
                  {row.stats.listingCount}
                </td>
                {f ? (
                  [f.minUsd, f.p25Usd, f.medianUsd, f.p75Usd, f.maxUsd].map((v, i) => (
                    <td
                      key={headings[i]}
                      className="px-3 py-2 text-right tabular-nums"
                      data-field={["min", "p25", "median", "p75", "max"][i]}
                    >
                      {formatUsd(v)}
                    </td>
                  ))
                ) : (
                  <td colSpan={5} className="px-3 py-2 text-ink-muted" data-field="not-enough-data">
                    {notEnoughDataText(row.stats.listingCount)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
