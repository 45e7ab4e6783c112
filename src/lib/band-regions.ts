// Which regional salary bands a listing belongs to, and which one it is compared against.
// Pure twin of the region rule in the band SQL (src/server/salaries/recompute-sql.ts); the tests
// hold the two together. Rules and reasons: docs/decisions/006-salary-bands.md.

export type BandEligibility = {
  worldwide: boolean;
  eligibleRegions: readonly string[];
  eligibleCountries: readonly string[];
};

export type BandRegion = { code: string; name: string; countries: readonly string[] };

/**
 * Listings open worldwide are a group of their own, stored under this pseudo-region code (no Region
 * row has it). Counted inside every named region instead, they outnumbered the listings that really
 * target a region and made all regional bands look alike.
 */
export const WORLDWIDE_BAND = { code: "worldwide", name: "Open worldwide" } as const;

/** Every country a listing names, directly or through the regions it names. Empty for worldwide listings. */
function eligibleCountries(listing: BandEligibility, regions: ReadonlyMap<string, BandRegion>): Set<string> {
  const countries = new Set(listing.eligibleCountries);
  for (const code of listing.eligibleRegions) for (const country of regions.get(code)?.countries ?? []) countries.add(country);
  return countries;
}

/**
 * A listing counts in a region's band when the region contains every country the listing is open
 * to: a Germany-and-Poland listing counts in the EU, Europe and EMEA; a listing open across the
 * Americas counts in The Americas only, not in Latin America, where it would pass off US-level pay as
 * the local market. A regional band is thus "listings that hire only within this region". Listings
 * spanning regions no single region contains count in none (they stay in their level and industry
 * bands); worldwide listings have a band of their own (WORLDWIDE_BAND).
 */
export function countsInRegion(listing: BandEligibility, region: BandRegion, regions: ReadonlyMap<string, BandRegion>): boolean {
  if (listing.worldwide) return false;
  const open = eligibleCountries(listing, regions);
  const inRegion = new Set(region.countries);
  return open.size > 0 && [...open].every((country) => inRegion.has(country));
}

/**
 * The regional bands a listing is compared within, best first: the worldwide band for a worldwide
 * listing; otherwise the regions it counts in, smallest first (a US-only listing is compared within
 * "United States and Canada" before "The Americas"). Empty for spreads no single region contains
 * (say US and Germany): those are compared with their whole level.
 */
export function comparisonRegions(
  listing: BandEligibility,
  regions: ReadonlyMap<string, BandRegion>,
): { code: string; name: string }[] {
  if (listing.worldwide) return [WORLDWIDE_BAND];
  return [...regions.values()]
    .filter((region) => countsInRegion(listing, region, regions))
    .sort((a, b) => a.countries.length - b.countries.length || a.code.localeCompare(b.code));
}
