// Named groups of countries a listing can open itself to ("anywhere in the EU"). Worldwide is not a
// region: it is a flag on the listing. Codes are ISO 3166-1 alpha-2.

export type RegionSeed = { code: string; name: string; countries: string[] };

const EU = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
];
const NORTH_AMERICA = ["US", "CA", "MX"];
const LATAM = ["AR", "BO", "BR", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PY", "SV", "UY", "VE"];
const UK_IRELAND = ["GB", "IE"];
const EUROPE_NON_EU = ["GB", "CH", "NO", "IS", "LI", "RS", "UA", "AL", "BA", "ME", "MK", "MD", "AD", "MC", "SM"];
const MIDDLE_EAST_AFRICA = ["AE", "SA", "IL", "TR", "EG", "MA", "TN", "KE", "NG", "GH", "ZA", "JO", "QA"];
const APAC = ["AU", "NZ", "SG", "JP", "KR", "IN", "ID", "MY", "PH", "TH", "VN", "HK", "TW", "LK", "PK", "BD"];

const union = (...lists: string[][]) => [...new Set(lists.flat())].sort();

export const REGIONS: RegionSeed[] = [
  { code: "americas", name: "The Americas", countries: union(NORTH_AMERICA, LATAM) },
  { code: "north-america", name: "North America", countries: union(NORTH_AMERICA) },
  { code: "us-canada", name: "United States and Canada", countries: ["CA", "US"] },
  { code: "latam", name: "Latin America", countries: union(LATAM) },
  { code: "europe", name: "Europe", countries: union(EU, EUROPE_NON_EU) },
  { code: "eu", name: "European Union", countries: union(EU) },
  { code: "uk-ireland", name: "United Kingdom and Ireland", countries: union(UK_IRELAND) },
  { code: "emea", name: "Europe, Middle East and Africa", countries: union(EU, EUROPE_NON_EU, MIDDLE_EAST_AFRICA) },
  { code: "apac", name: "Asia-Pacific", countries: union(APAC) },
];
