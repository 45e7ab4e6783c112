import Link from "next/link";
import { FactList } from "@/components/listings/fact-list";
import { Card } from "@/components/ui";
import { positionHeadline, zoneText } from "@/lib/band-position";
import { WORLDWIDE_BAND, type BandRegion } from "@/lib/band-regions";
import { formatUsd } from "@/lib/band-summary";
import { plural } from "@/lib/format";
import { salaryBandHref } from "@/lib/level-links";
import { MIN_BAND_LISTINGS } from "@/lib/salary-bands";
import { compareWithBandForPage, type BandComparison } from "@/server/salaries/position";
import { BandStrip, bandStripDescription } from "./band-strip";

type ListingForBand = {
  levelId: string;
  level: { slug: string; name: string };
  worldwide: boolean;
  eligibleRegions: string[];
  eligibleCountries: string[];
  annualUsdMin: number;
  annualUsdMax: number;
};

/** Where the compared listings hire from, said without grammar traps ("the European Union", "The Americas"). */
function whereText(region: BandComparison["region"]): string {
  if (!region) return "Any region (every listing at this level)";
  if (region.code === WORLDWIDE_BAND.code) return "Anywhere (open worldwide)";
  return `${region.name} only`;
}

/** Where this listing's pay sits among comparable listings (docs/decisions/006), beside its pay. */
export async function ListingBandPosition({
  listing,
  regions,
}: {
  listing: ListingForBand;
  regions: ReadonlyMap<string, BandRegion>;
}) {
  const comparison = await compareWithBandForPage(listing, regions);
  const bandLink = (
    <Link className="link text-sm font-medium" href={salaryBandHref(listing.level.slug)}>
      See all salary bands for this level
    </Link>
  );
  return (
    <Card as="section" aria-labelledby="band-position-heading" data-band-position={comparison.status}>
      <h2 id="band-position-heading" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Compared with similar roles
      </h2>
      {comparison.status === "placed" ? (
        <div className="mt-2 flex flex-col gap-3">
          <p className="text-xl font-bold text-ink" data-band-headline>
            {positionHeadline(comparison.position)}
          </p>
          <p className="text-ink-muted">
            The midpoint of this range, {formatUsd(comparison.position.midpointUsd)} a year, sits{" "}
            {zoneText[comparison.position.zone]}.
          </p>
          <FactList
            facts={[
              { label: "Compared with", value: plural(comparison.band.listingCount, `${listing.level.name} listing`) },
              { label: "Where they hire", value: whereText(comparison.region) },
              {
                label: "Their pay",
                value: `median ${formatUsd(comparison.band.figures!.medianUsd)}, middle half ${formatUsd(comparison.band.figures!.p25Usd)} to ${formatUsd(comparison.band.figures!.p75Usd)}`,
              },
            ]}
          />
          <BandStrip
            id="band-position-chart"
            title="This listing's pay against comparable listings"
            description={bandStripDescription(comparison.band.figures!, {
              minUsd: listing.annualUsdMin,
              maxUsd: listing.annualUsdMax,
            })}
            band={comparison.band.figures!}
            range={{ minUsd: listing.annualUsdMin, maxUsd: listing.annualUsdMax, midpointUsd: comparison.position.midpointUsd }}
          />
          <p className="text-xs text-ink-muted">
            Top: comparable listings, lowest to highest, middle half boxed, median marked. Bottom: this listing&apos;s range, its
            midpoint as a dot. All in US dollars a year.
          </p>
          <p>{bandLink}</p>
        </div>
      ) : (
        <div className="mt-2 flex flex-col gap-2">
          <p className="text-ink" data-band-headline>
            Not enough comparable listings yet to place this pay.
          </p>
          <p className="text-sm text-ink-muted">
            {comparison.listingCount === 0
              ? "There are no comparable listings yet."
              : `The closest group has ${plural(comparison.listingCount, `${listing.level.name} listing`)} (where they hire: ${whereText(comparison.region)}); a band needs ${MIN_BAND_LISTINGS}.`}
          </p>
          <p>{bandLink}</p>
        </div>
      )}
    </Card>
  );
}
