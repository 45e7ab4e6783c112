import { percent, roughDuration, STATS_DAYS, type ListingStats } from "@/lib/listing-stats";

const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const dayLabel = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-md border border-line bg-surface px-4 py-3">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-ink tabular-nums">{value}</dd>
      {note ? <dd className="mt-1 text-xs text-ink-muted">{note}</dd> : null}
    </div>
  );
}

/**
 * The listing's figures and its last 30 days, drawn on the server: bars for views with each day's
 * applications darker at their foot; the exact numbers are in the table below the chart (which screen
 * readers read; the bars are hidden from them).
 */
export function ListingStatsView({ stats }: { stats: ListingStats }) {
  const max = Math.max(1, ...stats.days.map((d) => Math.max(d.views, d.applications)));
  const recentViews = stats.days.reduce((sum, d) => sum + d.views, 0);
  const recentApplications = stats.days.reduce((sum, d) => sum + d.applications, 0);
  const first = stats.days[0]!;
  const last = stats.days[stats.days.length - 1]!;
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure
          label="Views"
          value={stats.totalViews.toLocaleString("en-GB")}
          note={`${recentViews} in the last ${STATS_DAYS} days`}
        />
        <Figure
          label="Applications"
          value={stats.totalApplications.toLocaleString("en-GB")}
          note={`${recentApplications} in the last ${STATS_DAYS} days`}
        />
        <Figure label="Apply rate" value={percent(stats.applyRate)} note="applications per view" />
        <Figure
          label="First application"
          value={stats.timeToFirstApplicationMs === null ? "—" : roughDuration(stats.timeToFirstApplicationMs)}
          note={stats.timeToFirstApplicationMs === null ? "none yet" : "after publication"}
        />
      </dl>
      {recentViews + recentApplications === 0 ? (
        <p className="text-sm text-ink-muted">No views or applications in the last {STATS_DAYS} days.</p>
      ) : (
        <figure className="flex flex-col gap-2">
          <div aria-hidden="true" className="flex h-32 items-end gap-px border-b border-line-strong sm:gap-1">
            {stats.days.map((d) => (
              <div
                key={d.day}
                title={`${dayLabel(d.day)}: ${d.views} views, ${d.applications} applications`}
                className="relative flex-1 rounded-t-sm bg-accent/30"
                style={{ height: `${(d.views / max) * 100}%` }}
              >
                {d.applications > 0 ? (
                  <div
                    className="absolute inset-x-0 bottom-0 rounded-t-sm bg-accent"
                    style={{ height: `${Math.min(100, (d.applications / Math.max(1, d.views)) * 100)}%`, minHeight: 2 }}
                  />
                ) : null}
              </div>
            ))}
          </div>
          <div aria-hidden="true" className="flex justify-between text-xs text-ink-muted">
            <span>{dayLabel(first.day)}</span>
            <span>{dayLabel(last.day)}</span>
          </div>
          <figcaption className="text-sm text-ink-muted">
            Views per day (light), applications (dark), last {STATS_DAYS} days in UTC; the busiest day had {max}.
          </figcaption>
        </figure>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-ink">Numbers by day</summary>
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full max-w-md text-left tabular-nums">
            <caption className="sr-only">Views and applications per day, last {STATS_DAYS} days (UTC)</caption>
            <thead>
              <tr className="border-b border-line text-ink-muted">
                <th scope="col" className="py-1 pr-4 font-medium">
                  Day
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Views
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Applications
                </th>
              </tr>
            </thead>
            <tbody>
              {[...stats.days].reverse().map((d) => (
                <tr key={d.day} className="border-b border-line">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    <time dateTime={d.day}>{dayLabel(d.day)}</time>
                  </th>
                  <td className="py-1 pr-4 text-right">{d.views}</td>
                  <td className="py-1 text-right">{d.applications}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="text-xs text-ink-muted">
        A view is one opening of the public page in a browser; crawlers and link previews do not count, and no visitor is
        identified (nothing about them is stored).
      </p>
    </div>
  );
}
