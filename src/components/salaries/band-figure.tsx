import { summariseBands } from "@/lib/band-summary";
import type { BandDomain } from "@/lib/band-scale";
import { formatUsd } from "@/lib/band-summary";
import type { SalaryReference } from "@/lib/salary-reference";
import { BandChart, referenceTone } from "./band-chart";
import { BandTable, type TableRow } from "./band-table";

/** A box plot with its legend, a text summary and the table of the numbers it draws. */
export function BandFigure({
  id,
  title,
  groupHeading,
  rows,
  domain,
  references,
}: {
  id: string;
  title: string;
  groupHeading: string;
  rows: readonly TableRow[];
  domain: BandDomain;
  references: readonly SalaryReference[];
}) {
  const summary = summariseBands(rows);
  return (
    <figure className="flex flex-col gap-4" aria-labelledby={`${id}-heading`}>
      <figcaption id={`${id}-heading`} className="text-lg font-semibold text-ink">
        {title}
      </figcaption>
      <Legend references={references} />
      <BandChart id={id} title={title} summary={summary} rows={rows} domain={domain} references={references} />
      <p className="max-w-prose text-ink-muted" data-summary={id}>
        {summary}
      </p>
      <BandTable
        id={`${id}-table`}
        caption={`${title}: annual US dollars, range midpoints`}
        groupHeading={groupHeading}
        rows={rows}
      />
    </figure>
  );
}

function Legend({ references }: { references: readonly SalaryReference[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-muted">
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="28" height="14" className="shrink-0">
          <line x1="1" x2="27" y1="7" y2="7" className="stroke-ink-muted" strokeWidth={1.5} />
          <rect x="7" y="1" width="14" height="12" rx="2" className="fill-accent-soft stroke-accent" strokeWidth={1.5} />
          <line x1="13" x2="13" y1="0" y2="14" className="stroke-ink" strokeWidth={3} />
        </svg>
        Lowest to highest, middle half boxed, median marked
      </li>
      {references.map((ref) => (
        <li key={ref.key} className="flex items-center gap-2">
          <svg aria-hidden="true" width="14" height="14" className="shrink-0">
            <rect width="14" height="14" rx="2" className={referenceTone[ref.key] ?? "fill-surface-muted"} />
          </svg>
          {ref.label}: {formatUsd(ref.fromUsd)}–{formatUsd(ref.toUsd)} (reference)
        </li>
      ))}
    </ul>
  );
}
