import { beforeEach, describe, expect, it } from "vitest";
import { countsInRegion, WORLDWIDE_BAND } from "@/lib/band-regions";
import { bandKey } from "@/lib/salary-bands";
import { db } from "@/server/db";
import { recomputeSalaryBands } from "@/server/salaries/recompute";
import { estimateBandPositionFromForm } from "@/server/salaries/estimate";
import { compareWithBand } from "@/server/salaries/position";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing, createRegion } from "../setup/factories";

// Which regional bands a listing counts in (docs/decisions/006): the SQL and its TypeScript twin
// (src/lib/band-regions.ts) must give the same answer for every listing and region.

beforeEach(resetDatabase);

async function setup() {
  const core = await createRegion({ name: "Core Europe", countries: ["DE", "FR"] });
  const wide = await createRegion({ name: "Wide Europe", countries: ["DE", "FR", "GB"] });
  const northAmerica = await createRegion({ name: "North America", countries: ["CA", "US"] });
  const regions = new Map([core, wide, northAmerica].map((r) => [r.code, r]));
  return { core, wide, northAmerica, regions };
}

describe("regional salary bands", () => {
  it("count a listing in every region that contains all the countries it is open to; worldwide listings apart", async () => {
    const { core, wide, northAmerica, regions } = await setup();
    const company = await createCompany();
    const level = await createLevel();
    const cases = [
      { name: "worldwide", worldwide: true, eligibleRegions: [], eligibleCountries: [], in: [] },
      { name: "names Core Europe", worldwide: false, eligibleRegions: [core.code], eligibleCountries: [], in: [core, wide] },
      { name: "names France", worldwide: false, eligibleRegions: [], eligibleCountries: ["FR"], in: [core, wide] },
      {
        name: "names Core Europe and Britain",
        worldwide: false,
        eligibleRegions: [core.code],
        eligibleCountries: ["GB"],
        in: [wide],
      },
      { name: "names the US", worldwide: false, eligibleRegions: [], eligibleCountries: ["US"], in: [northAmerica] },
      {
        name: "names North America",
        worldwide: false,
        eligibleRegions: [northAmerica.code],
        eligibleCountries: [],
        in: [northAmerica],
      },
      { name: "names Germany and the US", worldwide: false, eligibleRegions: [], eligibleCountries: ["DE", "US"], in: [] },
      { name: "names Japan", worldwide: false, eligibleRegions: [], eligibleCountries: ["JP"], in: [] },
    ];
    for (const c of cases) {
      await createListing(company.id, {
        levelId: level.id,
        worldwide: c.worldwide,
        eligibleRegions: c.eligibleRegions,
        eligibleCountries: c.eligibleCountries,
      });
      // The TypeScript twin agrees with the expectation for every region.
      for (const region of regions.values()) {
        expect(countsInRegion(c, region, regions), `${c.name} in ${region.name}`).toBe(c.in.includes(region));
      }
    }

    await recomputeSalaryBands();

    const counts = async (keyOf: (code: string) => string) =>
      Object.fromEntries(
        await Promise.all(
          [core, wide, northAmerica].map(async (r) => [
            r.name,
            (await db.salaryBand.findUniqueOrThrow({ where: { key: keyOf(r.code) } })).listingCount,
          ]),
        ),
      );
    const expected = { "Core Europe": 2, "Wide Europe": 3, "North America": 2 };
    expect(await counts(bandKey.region)).toEqual(expected);
    expect(await counts((code) => bandKey.levelRegion(level.id, code))).toEqual(expected);
    // The worldwide listing has a group of its own, overall and at its level.
    for (const key of [bandKey.region(WORLDWIDE_BAND.code), bandKey.levelRegion(level.id, WORLDWIDE_BAND.code)]) {
      expect((await db.salaryBand.findUniqueOrThrow({ where: { key } })).listingCount).toBe(1);
    }
    // Every listing counts once at its level, whatever its regions.
    expect((await db.salaryBand.findUniqueOrThrow({ where: { key: bandKey.level(level.id) } })).listingCount).toBe(cases.length);
  });

  it("compare a listing within the smallest region containing its countries, widening when that band is thin", async () => {
    const { core, wide, regions } = await setup();
    const company = await createCompany();
    const level = await createLevel();
    // Five listings open to Core Europe (so also in Wide Europe), two open to Britain only.
    for (const pay of [100_000, 110_000, 120_000, 130_000, 140_000]) {
      await createListing(company.id, {
        levelId: level.id,
        worldwide: false,
        eligibleRegions: [core.code],
        annualUsdMin: pay,
        annualUsdMax: pay,
      });
    }
    for (const pay of [300_000, 320_000]) {
      await createListing(company.id, {
        levelId: level.id,
        worldwide: false,
        eligibleCountries: ["GB"],
        annualUsdMin: pay,
        annualUsdMax: pay,
      });
    }
    await recomputeSalaryBands();
    const pay = { annualUsdMin: 125_000, annualUsdMax: 125_000 };

    const german = await compareWithBand(
      { levelId: level.id, worldwide: false, eligibleRegions: [], eligibleCountries: ["DE"], ...pay },
      regions,
    );
    expect(german).toMatchObject({ status: "placed", region: { code: core.code }, band: { listingCount: 5 } });
    // Within 100k..140k in steps of 10k (p75 = 130k, max = 140k), 125k sits at 62.5%.
    expect(german.status === "placed" && german.position.share).toBeCloseTo(0.625, 10);

    // Britain alone: only Wide Europe contains it (7 listings).
    const british = await compareWithBand(
      { levelId: level.id, worldwide: false, eligibleRegions: [], eligibleCountries: ["GB"], ...pay },
      regions,
    );
    expect(british).toMatchObject({ status: "placed", region: { code: wide.code }, band: { listingCount: 7 } });

    // Worldwide, with no worldwide listings to compare with yet: the whole level.
    const anywhere = { levelId: level.id, worldwide: true, eligibleRegions: [], eligibleCountries: [], ...pay };
    expect(await compareWithBand(anywhere, regions)).toMatchObject({ status: "placed", region: null, band: { listingCount: 7 } });
    // With five worldwide listings, among those.
    for (let i = 0; i < 5; i++)
      await createListing(company.id, { levelId: level.id, worldwide: true, annualUsdMin: 90_000, annualUsdMax: 90_000 });
    await recomputeSalaryBands();
    expect(await compareWithBand(anywhere, regions)).toMatchObject({
      status: "placed",
      region: { code: WORLDWIDE_BAND.code },
      band: { listingCount: 5 },
      position: { percent: 100 },
    });
  });

  it("say there is not enough data when no band around the listing has five listings", async () => {
    const { northAmerica, regions } = await setup();
    const company = await createCompany();
    const level = await createLevel();
    for (let i = 0; i < 3; i++)
      await createListing(company.id, { levelId: level.id, worldwide: false, eligibleCountries: ["US"] });
    await recomputeSalaryBands();

    const result = await compareWithBand(
      { levelId: level.id, worldwide: false, eligibleRegions: [], eligibleCountries: ["US"], annualUsdMin: 1, annualUsdMax: 2 },
      regions,
    );
    expect(result).toEqual({
      status: "not-enough-data",
      region: { code: northAmerica.code, name: northAmerica.name },
      listingCount: 3,
    });
  });
});

describe("the posting form's live estimate", () => {
  it("normalises the stated pay and places it like a saved listing, or says nothing for an incomplete form", async () => {
    const { core } = await setup();
    const company = await createCompany();
    const level = await createLevel();
    for (const pay of [100_000, 110_000, 120_000, 130_000, 140_000]) {
      await createListing(company.id, {
        levelId: level.id,
        worldwide: false,
        eligibleRegions: [core.code],
        annualUsdMin: pay,
        annualUsdMax: pay,
      });
    }
    await recomputeSalaryBands();
    // 10,000 EUR a month is 139,200 USD a year (× 12 × 1.16); 8,000 is 111,360. Midpoint 125,280.
    const form = {
      levelId: level.id,
      worldwide: false,
      eligibleRegions: [],
      eligibleCountries: ["fr"],
      pay: { salaryMin: "8000", salaryMax: "10000", salaryCurrency: "eur", salaryPeriod: "MONTH" },
    };

    const estimate = await estimateBandPositionFromForm(form);

    expect(estimate).toMatchObject({
      status: "placed",
      region: { code: core.code },
      position: { midpointUsd: 125_280, zone: "median-to-p75" },
    });
    expect(await estimateBandPositionFromForm({ ...form, pay: { ...form.pay, salaryMax: "" } })).toBeNull();
    expect(await estimateBandPositionFromForm({ ...form, levelId: "not an id" })).toBeNull();
  });
});
