// Turns a listing's structured remote eligibility into words. Pure; region names come from the
// Region table and are passed in by the caller.

export type EligibilityFields = {
  worldwide: boolean;
  eligibleRegions: readonly string[];
  eligibleCountries: readonly string[];
};

/** A short label for a region code on cards: "eu" -> "EU", otherwise its name. */
function regionShortLabel(code: string, names: ReadonlyMap<string, string>): string {
  if (code.length <= 5 && /^[a-z]+$/i.test(code)) return code.toUpperCase();
  return names.get(code) ?? code;
}

/** "Worldwide" / "EU, UK" / "US, CA" / "EU, UK +3 countries" — for listing cards. */
export function eligibilitySummary(e: EligibilityFields, regionNames: ReadonlyMap<string, string>, maxCountries = 4): string {
  if (e.worldwide) return "Worldwide";
  const parts = e.eligibleRegions.map((code) => regionShortLabel(code, regionNames));
  const countries = e.eligibleCountries.map((c) => c.toUpperCase());
  if (countries.length <= maxCountries) parts.push(...countries);
  else {
    parts.push(...countries.slice(0, maxCountries - 1));
    parts.push(`+${countries.length - (maxCountries - 1)} more`);
  }
  return parts.join(", ");
}
