import "server-only";
import { bandPosition, firstPublishedBand, type BandPosition } from "@/lib/band-position";
import { comparisonRegions, type BandEligibility, type BandRegion } from "@/lib/band-regions";
import { bandKey, type BandStats } from "@/lib/salary-bands";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { readBandsByKey } from "@/server/salaries/read";

export type BandPositionInput = BandEligibility & { levelId: string; annualUsdMin: number; annualUsdMax: number };

export type BandComparison =
  | {
      status: "placed";
      band: BandStats;
      /** The region the band covers (or the worldwide group); null when compared with the whole level. */
      region: { code: string; name: string } | null;
      position: BandPosition;
    }
  | {
      status: "not-enough-data";
      /** The closest band looked at, to say how many listings it had. */
      region: { code: string; name: string } | null;
      listingCount: number;
    };

/**
 * Where pay sits among comparable listings: the same level, among worldwide listings for a worldwide
 * one, else in the smallest region containing every country the listing is open to; if that band has
 * too few listings, the next larger region, then the whole level. One query on SalaryBand by primary key.
 */
export async function compareWithBand(
  input: BandPositionInput,
  regions: ReadonlyMap<string, BandRegion>,
  now: Date = new Date(),
  read: (keys: string[], now: Date) => Promise<Map<string, BandStats>> = readBandsByKey,
): Promise<BandComparison> {
  const candidates: { key: string; region: { code: string; name: string } | null }[] = [
    ...comparisonRegions(input, regions).map((region) => ({ key: bandKey.levelRegion(input.levelId, region.code), region })),
    { key: bandKey.level(input.levelId), region: null },
  ];
  const stored = await read(
    candidates.map((c) => c.key),
    now,
  );
  const looked = candidates.flatMap((c) => {
    const band = stored.get(c.key);
    return band ? [{ ...band, region: c.region }] : [];
  });
  const chosen = firstPublishedBand(looked);
  const regionOf = (r: { code: string; name: string } | null) => (r ? { code: r.code, name: r.name } : null);
  if (!chosen) {
    const closest = looked[0];
    return { status: "not-enough-data", region: regionOf(closest?.region ?? null), listingCount: closest?.listingCount ?? 0 };
  }
  const { region, ...band } = chosen;
  return { status: "placed", band, region: regionOf(region), position: bandPosition(input, band)! };
}

// Listing pages are cached and shared (decision 011), so the bands they show are read through the data
// cache under LISTINGS_TAG, which the band refresh expires: a recompute reaches every cached page at once.
const cachedBands = cachedFunction(async (keys: string) => [...(await readBandsByKey(keys.split(" ")))], ["band-stats-v1"], {
  tags: [LISTINGS_TAG],
  revalidate: 3600,
});

async function readBandsByKeyCached(keys: string[]): Promise<Map<string, BandStats>> {
  const entries = await cachedBands(keys.join(" "));
  return new Map(entries.map(([key, band]) => [key, { ...band, computedAt: reviveDate(band.computedAt)! }]));
}

/** compareWithBand for a shared, cached page. */
export function compareWithBandForPage(input: BandPositionInput, regions: ReadonlyMap<string, BandRegion>) {
  return compareWithBand(input, regions, new Date(), readBandsByKeyCached);
}
