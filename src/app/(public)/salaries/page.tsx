import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { BandFigure } from "@/components/salaries/band-figure";
import { LevelBand } from "@/components/salaries/level-band";
import { LevelHistograms } from "@/components/salaries/level-histogram";
import { Methodology } from "@/components/salaries/methodology";
import { ReferenceRanges } from "@/components/salaries/reference-ranges";
import { OnThisPage, PageHeader } from "@/components/ui";
import { bandDomain, figureValues } from "@/lib/band-scale";
import { formatUsd } from "@/lib/band-summary";
import { plural } from "@/lib/format";
import { histogramBins, histogramEdges } from "@/lib/histogram";
import { SALARY_REFERENCES } from "@/lib/salary-reference";
import { pageMetadata } from "@/lib/seo/metadata";
import { readLevelMidpoints } from "@/server/salaries/midpoints";
import { getSalaryOverview } from "@/server/salaries/overview";

export const metadata: Metadata = pageMetadata({
  title: "Salary bands",
  description:
    "What remote backend architect roles pay, by seniority level, industry and region: medians and quartiles computed from Backplane's own listings.",
  path: "/salaries",
});

// The role profile's ladder explains each level; this page links there.
const ROLE_PROFILE = "/roles/remote-backend-architect";

const sections = [
  ["by-level", "By level"],
  ["by-industry", "By industry"],
  ["by-region", "By region"],
  ["methodology", "How the numbers are made"],
] as const;

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="flex scroll-mt-6 flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h2 id={`${id}-title`} className="text-2xl font-semibold tracking-tight text-ink">
          {title}
        </h2>
        {intro ? <div className="max-w-prose text-ink-muted">{intro}</div> : null}
      </div>
      {children}
    </section>
  );
}

// Renders whole, no Suspense (docs/decisions/005): the bands are one read of a precomputed table.
export default async function SalariesPage() {
  await connection();
  const [overview, midpoints] = await Promise.all([getSalaryOverview(), readLevelMidpoints()]);
  const allRows = [...overview.levels, ...overview.levels.flatMap((l) => l.regions), ...overview.industries, ...overview.regions];
  // One axis for every chart on the page, wide enough for the reference ranges, so boxes compare across charts.
  const domain = bandDomain([
    ...figureValues(allRows.map((r) => r.stats.figures)),
    ...SALARY_REFERENCES.flatMap((r) => [r.fromUsd, r.toUsd]),
    ...Object.values(midpoints).flatMap((values) => (values.length ? [values[0]!, values[values.length - 1]!] : [])),
  ]);
  const figure = { domain, references: SALARY_REFERENCES };
  const edges = histogramEdges(domain);
  const histograms = overview.levels.map((level) => {
    const values = midpoints[level.slug] ?? [];
    return { slug: level.slug, label: level.label, count: values.length, bins: histogramBins(edges, values) };
  });

  return (
    <div className="flex flex-col gap-10">
      <PageHeader
        eyebrow="Salary bands"
        title="What remote backend architects are paid"
        description={`Medians and quartiles of the pay stated in ${plural(overview.listingCount, "listing")} on Backplane, by level, industry and region, with industry reference ranges beside them.`}
      />

      <OnThisPage sections={sections} />

      <ReferenceRanges />

      <Section
        id="by-level"
        title="By level"
        intro="Pay climbs with scope: each step up the ladder owns more of the system and answers for more teams."
      >
        <BandFigure id="chart-levels" title="Pay by seniority level" groupHeading="Level" rows={overview.levels} {...figure} />
        <div className="flex flex-col gap-2">
          <h3 id="distribution" className="scroll-mt-6 text-xl font-semibold text-ink">
            How the open roles spread
          </h3>
          <p className="max-w-prose text-ink-muted">
            The midpoint of each open listing&rsquo;s range, in bins of {formatUsd(edges[1]! - edges[0]!)} on the same axis as the
            bands. The bands also count listings closed in the last 12 months; these are only the roles open now.
          </p>
        </div>
        <LevelHistograms levels={histograms} domain={domain} />
        {overview.levels.map((level) => (
          <LevelBand key={level.key} level={level} roleProfileHref={`${ROLE_PROFILE}#ladder`} {...figure} />
        ))}
      </Section>

      <Section
        id="by-industry"
        title="By industry"
        intro="The hiring company's industry. Premium domains are those where an architecture mistake costs the most."
      >
        <BandFigure
          id="chart-industries"
          title="Pay by industry"
          groupHeading="Industry"
          rows={overview.industries}
          {...figure}
        />
      </Section>

      <Section
        id="by-region"
        title="By region"
        intro="Where the role can be done from. A listing counts in each region that contains every country it hires from, so a German listing appears under the European Union, Europe and EMEA alike; worldwide listings have their own row."
      >
        <BandFigure id="chart-regions" title="Pay by eligible region" groupHeading="Region" rows={overview.regions} {...figure} />
      </Section>

      <Section id="methodology" title="How the numbers are made">
        <Methodology computedAt={overview.computedAt} windowStart={overview.windowStart} listingCount={overview.listingCount} />
      </Section>
    </div>
  );
}
