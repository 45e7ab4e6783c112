import "server-only";
import { bandPosition, firstPublishedBand, type BandPosition } from "@/lib/band-position";
import { comparisonRegions, type BandEligibility, type BandRegion } from "@/lib/band-regions";
import { bandKey, type BandStats } from "@/lib/salary-bands";
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
): Promise<BandComparison> {
  const candidates: { key: string; region: { code: string; name: string } | null }[] = [
    ...comparisonRegions(input, regions).map((region) => ({ key: bandKey.levelRegion(input.levelId, region.code), region })),
    { key: bandKey.level(input.levelId), region: null },
  ];
  const stored = await readBandsByKey(
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
