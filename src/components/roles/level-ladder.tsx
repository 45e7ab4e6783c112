import Link from "next/link";
import { formatUsd } from "@/lib/band-summary";
import { plural } from "@/lib/format";
import { listingsAtLevelHref, salaryBandHref } from "@/lib/level-links";
import type { RoleProfileView } from "@/server/roles/queries";

function yearsText(min: number, max: number | null): string {
  return max === null ? `${min}+ years` : `${min}–${max} years`;
}

/** The seniority ladder, lowest rank first, each step with its pay band and links to its live roles and salary band. */
export function LevelLadder({ levels }: { levels: RoleProfileView["levels"] }) {
  return (
    <ol className="flex flex-col">
      {levels.map((level, i) => (
        <li key={level.slug} className="relative flex gap-4 pb-8 last:pb-0">
          {/* The rail and step number are decoration; the list order already carries the sequence. */}
          {i < levels.length - 1 ? (
            <span aria-hidden="true" className="absolute top-9 bottom-1 left-4 w-px bg-line-strong" />
          ) : null}
          <span
            aria-hidden="true"
            className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-bold text-accent-soft-ink"
          >
            {i + 1}
          </span>
          <div className="flex min-w-0 flex-col gap-2">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h3 className="text-lg font-semibold text-ink">{level.name}</h3>
              <span className="text-sm text-ink-muted">typically {yearsText(level.typicalYearsMin, level.typicalYearsMax)}</span>
            </div>
            <p className="text-ink">
              <span className="font-medium">Scope: </span>
              {level.scope}
            </p>
            {i > 0 ? (
              <p className="text-ink-muted">
                <span className="font-medium text-ink">What changes from the level below: </span>
                {level.changeFromBelow}
              </p>
            ) : null}
            <p className="text-ink" data-level-pay={level.slug}>
              <span className="font-medium">Pay: </span>
              {level.band?.figures ? (
                <>
                  median {formatUsd(level.band.figures.medianUsd)}, middle half {formatUsd(level.band.figures.p25Usd)} to{" "}
                  {formatUsd(level.band.figures.p75Usd)} a year ({plural(level.band.listingCount, "listing")})
                </>
              ) : (
                <span className="text-ink-muted">not enough listings yet for a band</span>
              )}
            </p>
            <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
              {level.liveListings > 0 ? (
                <Link className="link" href={listingsAtLevelHref(level.slug)}>
                  {plural(level.liveListings, "open role")} at this level
                </Link>
              ) : (
                <span className="text-ink-muted">No open roles at this level right now</span>
              )}
              <Link className="link" href={salaryBandHref(level.slug)} aria-label={`Salary band for ${level.name}`}>
                Salary band
              </Link>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
