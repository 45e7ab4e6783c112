import Link from "next/link";
import { formatUsd, notEnoughDataText } from "@/lib/band-summary";
import type { BandDomain } from "@/lib/band-scale";
import { levelBandAnchor, listingsAtLevelHref } from "@/lib/level-links";
import { plural } from "@/lib/format";
import type { SalaryReference } from "@/lib/salary-reference";
import type { LevelBands } from "@/server/salaries/overview";
import { BandFigure } from "./band-figure";

/** One level's band in words, with links to its open roles and its place on the ladder, then its regional bands. */
export function LevelBand({
  level,
  domain,
  references,
  roleProfileHref,
}: {
  level: LevelBands;
  domain: BandDomain;
  references: readonly SalaryReference[];
  roleProfileHref: string;
}) {
  const anchor = levelBandAnchor(level.slug);
  const f = level.stats.figures;
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-heading`}
      className="flex scroll-mt-6 flex-col gap-4 border-t border-line pt-6"
    >
      <h3 id={`${anchor}-heading`} className="text-xl font-semibold text-ink">
        {level.label}
      </h3>
      <p className="max-w-prose text-ink" data-level-band={level.slug}>
        {f ? (
          <>
            Median {formatUsd(f.medianUsd)}; the middle half of {plural(level.stats.listingCount, "listing")} pays{" "}
            {formatUsd(f.p25Usd)} to {formatUsd(f.p75Usd)}, and the full range runs from {formatUsd(f.minUsd)} to{" "}
            {formatUsd(f.maxUsd)}.
          </>
        ) : (
          notEnoughDataText(level.stats.listingCount)
        )}
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <li>
          <Link className="link font-medium" href={listingsAtLevelHref(level.slug)}>
            Open roles at this level
          </Link>
        </li>
        <li>
          <Link className="link font-medium" href={roleProfileHref}>
            What this level does
          </Link>
        </li>
      </ul>
      <BandFigure
        id={`${anchor}-regions`}
        title={`${level.label}: by region`}
        groupHeading="Region"
        rows={level.regions}
        domain={domain}
        references={references}
      />
    </section>
  );
}
