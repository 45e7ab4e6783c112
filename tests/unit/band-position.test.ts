import { describe, expect, it } from "vitest";
import { bandPosition, firstPublishedBand, positionHeadline } from "@/lib/band-position";
import { comparisonRegions, countsInRegion, type BandRegion } from "@/lib/band-regions";
import { bandWindowStart, bandsAreStale, BAND_MAX_AGE_MS, quantileFractions, rangeMidpoint } from "@/lib/salary-bands";

/** percentile_cont at p = 0, 0.01, … 1 over sorted values, as the SQL computes it (unrounded). */
function quantiles(sorted: number[]): number[] {
  return quantileFractions().map((p) => {
    const rank = p * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.min(low + 1, sorted.length - 1);
    return sorted[low]! + (rank - low) * (sorted[high]! - sorted[low]!);
  });
}

const at = (mid: number) => ({ annualUsdMin: mid, annualUsdMax: mid });

describe("bandPosition", () => {
  const band = { quantilesUsd: quantiles([100, 200, 300, 400, 500]) };

  it("is the share of the band below the midpoint, interpolated like percentile_cont", () => {
    expect(bandPosition(at(300), band)).toMatchObject({ share: 0.5, percent: 50, zone: "median-to-p75" });
    expect(bandPosition(at(350), band)!.share).toBeCloseTo(0.625, 10);
    expect(bandPosition(at(350), band)).toMatchObject({ percent: 62, zone: "median-to-p75" });
    expect(bandPosition(at(150), band)).toMatchObject({ percent: 12, zone: "below-p25" });
    expect(bandPosition(at(400), band)).toMatchObject({ share: 0.75, zone: "above-p75" });
  });

  it("measures the range at its midpoint", () => {
    expect(rangeMidpoint({ annualUsdMin: 200, annualUsdMax: 401 })).toBe(300.5);
    expect(bandPosition({ annualUsdMin: 200, annualUsdMax: 500 }, band)).toMatchObject({ midpointUsd: 350, percent: 62 });
  });

  it("is 0 at or below the lowest listing and 1 above the highest", () => {
    expect(bandPosition(at(100), band)).toMatchObject({ share: 0, percent: 0, zone: "below-p25" });
    expect(bandPosition(at(50), band)).toMatchObject({ share: 0 });
    // The top listing itself is not "above every listing": its percentage stops at 99.
    expect(bandPosition(at(500), band)).toMatchObject({ share: 1, percent: 99 });
    expect(bandPosition(at(500.5), band)).toMatchObject({ share: 1, percent: 100, zone: "above-p75" });
  });

  it("never counts a tie as paying more: a midpoint equal to a run of listings sits at the start of the run", () => {
    const ties = { quantilesUsd: quantiles([100, 200, 200, 200, 500]) };
    // q(p) = 200 for p in [0.25, 0.75]: a listing paying 200 is above the lowest quarter only.
    expect(bandPosition(at(200), ties)).toMatchObject({ share: 0.25, percent: 25 });
    expect(bandPosition(at(200.01), ties)!.share).toBeGreaterThan(0.75);
  });

  it("rounds the percentage down so it never overstates", () => {
    const fine = { quantilesUsd: quantiles([0, 1000]) };
    expect(bandPosition(at(799.9), fine)).toMatchObject({ percent: 79 });
    expect(bandPosition(at(800), fine)).toMatchObject({ percent: 80 });
  });

  it("has no position in a band without percentiles (not enough data)", () => {
    expect(bandPosition(at(300), { quantilesUsd: [] })).toBeNull();
  });

  it("reads as a sentence", () => {
    expect(positionHeadline(bandPosition(at(420), { quantilesUsd: quantiles([0, 500]) })!)).toBe(
      "Pays more than 84% of comparable listings",
    );
    expect(positionHeadline(bandPosition(at(100), band)!)).toBe("Pays at or below the lowest comparable listings");
    expect(positionHeadline(bandPosition(at(900), band)!)).toBe("Pays more than every comparable listing");
  });

  it("picks the first candidate band that has figures", () => {
    const thin = { key: "a", figures: null };
    const full = { key: "b", figures: { minUsd: 1, p25Usd: 2, medianUsd: 3, p75Usd: 4, maxUsd: 5 } };
    expect(firstPublishedBand([thin, full])).toBe(full);
    expect(firstPublishedBand([thin])).toBeNull();
  });
});

describe("band regions", () => {
  const region = (code: string, countries: string[]): BandRegion => ({ code, name: code, countries });
  const regions = new Map(
    [
      region("eu", ["DE", "FR", "PL"]),
      region("europe", ["DE", "FR", "PL", "GB", "CH"]),
      region("us-canada", ["US", "CA"]),
      region("americas", ["US", "CA", "MX", "BR"]),
    ].map((r) => [r.code, r]),
  );
  const listing = (eligibleRegions: string[], eligibleCountries: string[], worldwide = false) => ({
    worldwide,
    eligibleRegions,
    eligibleCountries,
  });
  const codes = (l: ReturnType<typeof listing>) => comparisonRegions(l, regions).map((r) => r.code);

  it("compare within the regions that contain every eligible country, smallest first", () => {
    expect(codes(listing([], ["US"]))).toEqual(["us-canada", "americas"]);
    expect(codes(listing([], ["DE"]))).toEqual(["eu", "europe"]);
    expect(codes(listing(["eu"], ["GB"]))).toEqual(["europe"]);
    expect(codes(listing(["eu"], []))).toEqual(["eu", "europe"]);
  });

  it("compare worldwide listings with each other, and spreads no region contains with the whole level", () => {
    expect(codes(listing([], [], true))).toEqual(["worldwide"]);
    expect(codes(listing([], ["US", "DE"]))).toEqual([]);
    expect(codes(listing([], ["JP"]))).toEqual([]);
  });

  it("count a listing in a region containing every country it is open to, named directly or through regions", () => {
    const europe = regions.get("europe")!;
    expect(countsInRegion(listing(["eu"], []), europe, regions)).toBe(true);
    expect(countsInRegion(listing(["eu"], ["CH"]), europe, regions)).toBe(true);
    expect(countsInRegion(listing(["eu"], ["CH"]), regions.get("eu")!, regions)).toBe(false);
    expect(countsInRegion(listing([], ["US", "MX"]), regions.get("us-canada")!, regions)).toBe(false);
    expect(countsInRegion(listing([], ["US", "MX"]), regions.get("americas")!, regions)).toBe(true);
    // Worldwide listings have a band of their own rather than counting in every region.
    expect(countsInRegion(listing([], [], true), regions.get("eu")!, regions)).toBe(false);
  });
});

describe("band window and age", () => {
  it("reaches back twelve calendar months", () => {
    expect(bandWindowStart(new Date("2026-11-28T10:00:00Z")).toISOString()).toBe("2025-11-28T10:00:00.000Z");
  });

  it("treats never-computed and day-old bands as stale", () => {
    const computed = new Date("2026-11-28T00:00:00Z");
    expect(bandsAreStale(null, computed)).toBe(true);
    expect(bandsAreStale(computed, new Date(computed.getTime() + BAND_MAX_AGE_MS))).toBe(false);
    expect(bandsAreStale(computed, new Date(computed.getTime() + BAND_MAX_AGE_MS + 1))).toBe(true);
  });
});
