import { formatDate, isoDate, plural } from "@/lib/format";
import {
  EXCHANGE_RATES_AS_OF,
  SUPPORTED_CURRENCIES,
  USD_PER_UNIT,
  WORKING_DAYS_PER_YEAR,
  WORKING_HOURS_PER_YEAR,
  WORKING_WEEKS_PER_YEAR,
} from "@/lib/pay";
import { BAND_WINDOW_MONTHS, MIN_BAND_LISTINGS } from "@/lib/salary-bands";

/** How the bands are made, with the constants the code actually uses. */
export function Methodology({
  computedAt,
  windowStart,
  listingCount,
}: {
  computedAt: Date | null;
  windowStart: Date | null;
  listingCount: number;
}) {
  const ratesDate = new Date(`${EXCHANGE_RATES_AS_OF}T00:00:00Z`);
  return (
    <div className="flex max-w-prose flex-col gap-4 text-ink-muted">
      <ol className="flex list-decimal flex-col gap-3 pl-5">
        <li>
          <span className="font-medium text-ink">Which listings. </span>
          Every listing on the board now, plus expired and closed listings first published in the last {BAND_WINDOW_MONTHS} months
          {windowStart ? (
            <>
              {" "}
              (since <time dateTime={isoDate(windowStart)}>{formatDate(windowStart)}</time>)
            </>
          ) : null}
          . Drafts, listings waiting for review, rejected listings and listings of suspended companies never count.
        </li>
        <li>
          <span className="font-medium text-ink">One number per listing. </span>
          Each listing&apos;s pay range becomes annual US dollars: monthly pay × 12, daily pay × {WORKING_DAYS_PER_YEAR} working
          days, hourly pay × {WORKING_HOURS_PER_YEAR.toLocaleString("en-US")} hours (40 hours × {WORKING_WEEKS_PER_YEAR} weeks),
          converted at fixed reference exchange rates dated <time dateTime={EXCHANGE_RATES_AS_OF}>{formatDate(ratesDate)}</time>.
          The listing then counts once, at the midpoint of its range. Listing pages always show the pay as the employer stated it,
          too.
        </li>
        <li>
          <span className="font-medium text-ink">Groups. </span>
          By seniority level, by the hiring company&apos;s industry, and by region. A listing counts in a region when every
          country it hires from lies inside that region: a listing open to Germany and Poland counts in the European Union, Europe
          and EMEA; one open across the Americas counts in The Americas but not in Latin America. Listings open worldwide have a
          row of their own, and listings spanning several regions (say the US and the EU) appear only in the level and industry
          bands.
        </li>
        <li>
          <span className="font-medium text-ink">Figures. </span>
          Lowest, 25th percentile, median, 75th percentile and highest midpoint, with percentiles interpolated between
          neighbouring listings (PostgreSQL&apos;s <code className="font-mono text-sm">percentile_cont</code>), rounded to whole
          dollars. A group with fewer than {MIN_BAND_LISTINGS} listings shows &ldquo;not enough data&rdquo; instead of a band.
        </li>
        <li>
          <span className="font-medium text-ink">Freshness. </span>
          Bands are recomputed whenever a listing is approved, and at least once a day.
          {computedAt ? (
            <>
              {" "}
              These were computed on <time dateTime={isoDate(computedAt)}>{formatDate(computedAt)}</time> from{" "}
              {plural(listingCount, "listing")}.
            </>
          ) : null}
        </li>
      </ol>
      <details className="rounded-lg border border-line bg-surface px-4 py-3">
        <summary className="cursor-pointer font-medium text-ink">Exchange rates used (US dollars per unit)</summary>
        <ul className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm tabular-nums sm:grid-cols-3">
          {SUPPORTED_CURRENCIES.map((code) => (
            <li key={code}>
              {code}: {USD_PER_UNIT[code]}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
