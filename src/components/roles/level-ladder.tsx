import Link from "next/link";
import { plural } from "@/lib/format";
import type { RoleProfileView } from "@/server/roles/queries";

function yearsText(min: number, max: number | null): string {
  return max === null ? `${min}+ years` : `${min}–${max} years`;
}

/** The seniority ladder, lowest rank first, each step linking to the live roles at that level. */
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
            <p className="text-sm">
              {level.liveListings > 0 ? (
                <Link className="link" href={`/?level=${encodeURIComponent(level.slug)}`}>
                  {plural(level.liveListings, "open role")} at this level
                </Link>
              ) : (
                <span className="text-ink-muted">No open roles at this level right now</span>
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
