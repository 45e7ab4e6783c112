import type { EngagementModel, VisaPolicy } from "@/generated/prisma/enums";
import type { Footprint } from "./companies";
import type { Random } from "./random";

// Where a seeded listing may hire from, the working window that goes with it, and the contract type.

export type Eligibility = { worldwide: boolean; regions: string[]; countries: string[]; zone: Zone };

/** A rough time-zone family, used to pick a sensible window and currency. */
type Zone = "us" | "americas" | "latam" | "europe" | "uk" | "emea" | "apac-au" | "apac-asia" | "india" | "global" | "atlantic";

const e = (zone: Zone, regions: string[], countries: string[] = []): Eligibility => ({
  worldwide: false,
  regions,
  countries,
  zone,
});

const OPTIONS: Record<Footprint, Eligibility[]> = {
  us: [e("us", [], ["US"]), e("us", [], ["US"]), e("us", [], ["US", "CA"]), e("us", ["us-canada"])],
  americas: [
    e("americas", ["americas"]),
    e("us", ["north-america"]),
    e("latam", ["latam"]),
    e("americas", ["us-canada"], ["MX", "BR", "AR", "CO"]),
    e("us", [], ["CA"]),
  ],
  eu: [
    e("europe", ["eu"]),
    e("europe", ["eu"]),
    e("europe", [], ["DE", "NL", "PL"]),
    e("europe", [], ["PT", "ES"]),
    e("europe", [], ["SE", "DK", "FI"]),
  ],
  europe: [
    e("europe", ["eu"]),
    e("europe", ["europe"]),
    e("europe", ["eu", "uk-ireland"]),
    e("uk", ["uk-ireland"]),
    e("europe", [], ["DE", "NL", "PL"]),
    e("europe", [], ["PT", "ES"]),
    e("europe", ["eu"], ["GB", "CH"]),
    e("europe", [], ["SE", "NO", "DK", "FI"]),
    e("europe", [], ["PL"]),
  ],
  emea: [e("emea", ["emea"]), e("europe", ["europe"]), e("emea", ["eu"], ["AE", "ZA", "IL"]), e("uk", [], ["GB"])],
  apac: [e("apac-au", ["apac"]), e("apac-au", [], ["AU", "NZ"]), e("apac-asia", [], ["SG", "MY", "PH"]), e("india", [], ["IN"])],
  global: [
    e("atlantic", ["americas", "europe"]),
    e("atlantic", ["north-america", "eu", "uk-ireland"]),
    e("emea", ["emea"]),
    e("apac-au", ["apac"]),
    e("us", ["north-america"]),
    e("europe", ["europe"]),
  ],
};

export function pickEligibility(footprint: Footprint, random: Random): Eligibility {
  if (footprint === "global" && random.chance(0.45)) return { worldwide: true, regions: [], countries: [], zone: "global" };
  const chosen = random.pick(OPTIONS[footprint]);
  return { ...chosen, regions: [...chosen.regions], countries: [...chosen.countries] };
}

// Working windows in UTC minutes after midnight. A start later than the end crosses midnight UTC
// (US Pacific afternoons, Australian mornings).
const h = (hours: number) => Math.round(hours * 60) % 1440;
const WINDOWS: Record<Zone, [number, number][]> = {
  us: [
    [h(14), h(22)],
    [h(15), h(23)],
    [h(17), h(1)],
    [h(16), h(0)],
  ],
  americas: [
    [h(13), h(21)],
    [h(14), h(22)],
  ],
  latam: [
    [h(12), h(20)],
    [h(13), h(21)],
  ],
  europe: [
    [h(7), h(15)],
    [h(8), h(16)],
    [h(9), h(17)],
  ],
  uk: [
    [h(8), h(16)],
    [h(9), h(17)],
  ],
  emea: [
    [h(6), h(14)],
    [h(8), h(16)],
  ],
  "apac-au": [
    [h(22), h(6)],
    [h(23), h(7)],
  ],
  "apac-asia": [
    [h(1), h(9)],
    [h(0), h(8)],
  ],
  india: [
    [h(3.5), h(11.5)],
    [h(4), h(12)],
  ],
  atlantic: [
    [h(13), h(17)],
    [h(14), h(18)],
  ],
  global: [
    [h(13), h(17)],
    [h(12), h(16)],
  ],
};

export type TimezoneWindow = { tzWindowStartUtc: number | null; tzWindowEndUtc: number | null; tzRequiredOverlapHours: number };

export function pickWindow(eligibility: Eligibility, random: Random): TimezoneWindow {
  const anyTime = eligibility.worldwide ? 0.45 : 0.25;
  if (random.chance(anyTime)) return { tzWindowStartUtc: null, tzWindowEndUtc: null, tzRequiredOverlapHours: 0 };
  const [start, end] = random.pick(WINDOWS[eligibility.zone]);
  const lengthHours = ((end - start + 1440) % 1440) / 60;
  const overlap = Math.min(Math.floor(lengthHours), random.pick([2, 3, 4, 4]));
  return { tzWindowStartUtc: start, tzWindowEndUtc: end, tzRequiredOverlapHours: overlap };
}

export type Contract = { engagementModel: EngagementModel; visaPolicy: VisaPolicy };

export function pickContract(eligibility: Eligibility, random: Random): Contract {
  if (eligibility.worldwide) {
    return { engagementModel: random.chance(0.35) ? "CONTRACTOR" : "EMPLOYER_OF_RECORD", visaPolicy: "NOT_REQUIRED" };
  }
  const engagementModel = random.weighted<EngagementModel>([
    ["EMPLOYEE", 65],
    ["EMPLOYER_OF_RECORD", 20],
    ["CONTRACTOR", 15],
  ]);
  if (engagementModel !== "EMPLOYEE") return { engagementModel, visaPolicy: "NOT_REQUIRED" };
  return { engagementModel, visaPolicy: random.chance(0.12) ? "WILL_SPONSOR" : "MUST_HAVE_AUTHORIZATION" };
}

export type { Zone };
