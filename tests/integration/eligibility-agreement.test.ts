import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { matchesEligibilityFilter, type ListingRules } from "@/lib/eligibility";
import { db } from "@/server/db";
import { countrySql, timezoneSql } from "@/server/search/eligibility-sql";
import { liveSql } from "@/server/search/filters";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing, createRegion } from "../setup/factories";

// The search filter (SQL) and the listing page's verdict (TypeScript) must agree on who may apply.
// fast-check generates listings and candidates; each batch of listings is inserted, every candidate is
// filtered in SQL, and the result is compared with the pure function on the same rows.

const REGIONS = [
  { code: "eu", countries: ["DE", "FR", "PT"] },
  { code: "americas", countries: ["US", "BR", "CA"] },
  { code: "apac", countries: ["JP", "IN", "NZ"] },
  { code: "atlantic", countries: ["PT", "US", "BR"] }, // overlaps the others on purpose
];
const COUNTRIES = ["DE", "FR", "PT", "US", "BR", "CA", "JP", "IN", "NZ", "GB", "ZA"];

const subset = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 0 });

const listingArb: fc.Arbitrary<ListingRules> = fc
  .record({
    worldwide: fc.boolean(),
    eligibleRegions: subset(REGIONS.map((r) => r.code)),
    eligibleCountries: subset(COUNTRIES),
    window: fc.option(fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 })), { nil: null }),
    tzRequiredOverlapHours: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ window, ...rest }) => ({
    ...rest,
    // The database requires some eligibility; a listing with none is worldwide here.
    worldwide: rest.worldwide || (rest.eligibleRegions.length === 0 && rest.eligibleCountries.length === 0),
    tzWindowStartUtc: window?.[0] ?? null,
    tzWindowEndUtc: window?.[1] ?? null,
    visaPolicy: "NOT_REQUIRED" as const,
  }));

const candidateArb = fc.record({
  country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  // Real offsets run from -12:00 to +14:00, in quarter hours.
  utcOffsetMinutes: fc.option(
    fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
    { nil: null },
  ),
});

/** The rules as columns (the arrays are read-only in the rules' type). */
const asRow = (rules: ListingRules) => ({
  ...rules,
  eligibleRegions: [...rules.eligibleRegions],
  eligibleCountries: [...rules.eligibleCountries],
});

let companyId: string;
let levelId: string;

beforeAll(async () => {
  await resetDatabase();
  for (const region of REGIONS) await createRegion({ code: region.code, name: region.code, countries: region.countries });
  companyId = (await createCompany()).id;
  levelId = (await createLevel()).id;
});

async function sqlMatches(candidate: { country: string | null; utcOffsetMinutes: number | null }): Promise<Set<string>> {
  const parts = [liveSql(new Date())];
  if (candidate.country !== null) parts.push(countrySql(candidate.country));
  if (candidate.utcOffsetMinutes !== null) parts.push(timezoneSql(candidate.utcOffsetMinutes));
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT l."id" FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId" WHERE ${Prisma.join(parts, " AND ")}`,
  );
  return new Set(rows.map((r) => r.id));
}

describe("eligibility: SQL filter and pure function", () => {
  it("agree on generated listings and candidates", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(listingArb, { minLength: 1, maxLength: 25 }),
        fc.array(candidateArb, { minLength: 1, maxLength: 12 }),
        async (listings, candidates) => {
          await db.listing.deleteMany({});
          const rows = [];
          for (const rules of listings)
            rows.push({ rules, id: (await createListing(companyId, { levelId, ...asRow(rules) })).id });
          for (const candidate of candidates) {
            const fromSql = await sqlMatches(candidate);
            const fromFunction = new Set(
              rows.filter((r) => matchesEligibilityFilter(r.rules, candidate, REGIONS)).map((r) => r.id),
            );
            expect([...fromSql].sort(), JSON.stringify({ candidate, listings })).toEqual([...fromFunction].sort());
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("agree on the edges: a window ending at midnight, overlap exactly required, a region-only listing", async () => {
    await db.listing.deleteMany({});
    const edge: ListingRules = {
      worldwide: false,
      eligibleRegions: ["atlantic"],
      eligibleCountries: [],
      tzWindowStartUtc: 16 * 60,
      tzWindowEndUtc: 0,
      tzRequiredOverlapHours: 1,
      visaPolicy: "NOT_REQUIRED",
    };
    const { id } = await createListing(companyId, { levelId, ...asRow(edge) });
    // UTC+00:00: 09:00–17:00 shares exactly 16:00–17:00 with 16:00–00:00.
    for (const candidate of [
      { country: "PT", utcOffsetMinutes: 0 },
      { country: "PT", utcOffsetMinutes: 60 },
      { country: "DE", utcOffsetMinutes: 0 },
    ]) {
      expect((await sqlMatches(candidate)).has(id)).toBe(matchesEligibilityFilter(edge, candidate, REGIONS));
    }
    expect(matchesEligibilityFilter(edge, { country: "PT", utcOffsetMinutes: 0 }, REGIONS)).toBe(true);
    expect(matchesEligibilityFilter(edge, { country: "PT", utcOffsetMinutes: 60 }, REGIONS)).toBe(false);
  });
});
