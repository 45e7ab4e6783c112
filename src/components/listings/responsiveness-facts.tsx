import { formatResponseTime, LOOKBACK_DAYS, RESPONSE_WINDOW_DAYS } from "@/lib/responsiveness";
import { formatDate, isoDate } from "@/lib/format";

type Figures = {
  counted: number;
  respondedWithin14Days: number | null;
  medianResponseHours: number | null;
  lastActiveAt: Date | null;
};

/** How quickly a company answers applicants, as a short definition list. */
export function ResponsivenessFacts({ figures }: { figures: Figures }) {
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {figures.respondedWithin14Days !== null ? (
        <div>
          <dt className="font-medium text-ink-muted">Answers within {RESPONSE_WINDOW_DAYS} days</dt>
          <dd className="text-ink">
            {Math.round(figures.respondedWithin14Days * 100)}% of {figures.counted} applications in the last {LOOKBACK_DAYS} days
          </dd>
        </div>
      ) : null}
      {figures.medianResponseHours !== null ? (
        <div>
          <dt className="font-medium text-ink-muted">Typical first response</dt>
          <dd className="text-ink">{formatResponseTime(figures.medianResponseHours)} (median)</dd>
        </div>
      ) : null}
      {figures.lastActiveAt ? (
        <div>
          <dt className="font-medium text-ink-muted">Last reviewed an application</dt>
          <dd className="text-ink">
            <time dateTime={isoDate(figures.lastActiveAt)}>{formatDate(figures.lastActiveAt)}</time>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
