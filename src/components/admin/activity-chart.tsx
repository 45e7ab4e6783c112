import type { WeekActivity } from "@/server/moderation/dashboard";

// Listings published, closed and expired per week: grouped bars drawn on the server, no script, in the
// style of the salary charts (src/components/salaries): x positions in percent so it fills any width,
// design-token colours for light and dark mode, the numbers on data-* attributes and in the table below.

const SERIES = [
  { key: "published", label: "Published", tone: "fill-accent" },
  { key: "closed", label: "Closed", tone: "fill-danger" },
  { key: "expired", label: "Expired", tone: "fill-ink-muted" },
] as const;

const PLOT = 160;
const TOP = 8;
const AXIS = 24;

const weekLabel = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function ActivityChart({ id, weeks }: { id: string; weeks: readonly WeekActivity[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => SERIES.map((s) => w[s.key])));
  const group = 100 / weeks.length;
  const bar = group / (SERIES.length + 1);
  const totals = SERIES.map((s) => `${weeks.reduce((sum, w) => sum + w[s.key], 0)} ${s.label.toLowerCase()}`);
  const summary = `Over the last ${weeks.length} weeks: ${totals.join(", ")}. The busiest week had ${max} in one series.`;
  return (
    <figure className="flex flex-col gap-4" aria-labelledby={`${id}-heading`}>
      <figcaption id={`${id}-heading`} className="text-lg font-semibold text-ink">
        Listings per week
      </figcaption>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-muted">
        {SERIES.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg aria-hidden="true" width="14" height="14" className="shrink-0">
              <rect width="14" height="14" rx="2" className={s.tone} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        height={TOP + PLOT + AXIS}
        className="block overflow-visible"
        data-chart={id}
        data-max={max}
      >
        <title id={`${id}-title`}>Listings published, closed and expired per week</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1="0" x2="100%" y1={TOP + PLOT} y2={TOP + PLOT} className="stroke-line" strokeWidth={1} />
        {weeks.map((week, i) => (
          <g key={week.weekStart.toISOString()} data-week={week.weekStart.toISOString().slice(0, 10)}>
            {SERIES.map((s, j) => {
              const height = (week[s.key] / max) * PLOT;
              return (
                <rect
                  key={s.key}
                  x={`${i * group + (j + 0.5) * bar}%`}
                  width={`${bar * 0.9}%`}
                  y={TOP + PLOT - height}
                  height={height}
                  className={s.tone}
                  data-series={s.key}
                  data-value={week[s.key]}
                />
              );
            })}
            {i % 2 === 0 ? (
              <text x={`${i * group + group / 2}%`} y={TOP + PLOT + 16} textAnchor="middle" className="fill-ink-muted text-xs">
                {weekLabel(week.weekStart)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <p className="max-w-prose text-ink-muted">{summary}</p>
      <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full min-w-[28rem] border-collapse text-sm">
          <caption id={`${id}-caption`} className="px-3 py-2 text-left text-ink-muted">
            Listings per week (weeks start on Monday, UTC)
          </caption>
          <thead className="bg-surface-muted text-left text-ink">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Week of
              </th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col" className="px-3 py-2 text-right font-semibold">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart.toISOString()} className="border-t border-line">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {weekLabel(week.weekStart)}
                </th>
                {SERIES.map((s) => (
                  <td key={s.key} className="px-3 py-2 text-right tabular-nums">
                    {week[s.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
