import { beforeEach, describe, expect, it } from "vitest";
import { bandKey, BAND_MAX_AGE_MS } from "@/lib/salary-bands";
import { db } from "@/server/db";
import { readAllBands, readBandsByKey } from "@/server/salaries/read";
import { recomputeSalaryBands } from "@/server/salaries/recompute";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

// Bands are recomputed when listings change (a job: tests/integration/jobs.test.ts) and when they are older
// than a day, so the 12-month window keeps rolling even when nothing is approved.

beforeEach(resetDatabase);

describe("salary band freshness", () => {
  it("reading computes bands that were never computed", async () => {
    const company = await createCompany();
    const level = await createLevel();
    for (let i = 0; i < 5; i++) await createListing(company.id, { levelId: level.id });
    expect(await db.salaryBand.count()).toBe(0);

    const bands = await readAllBands();

    expect(bands.find((b) => b.key === bandKey.level(level.id))).toMatchObject({ listingCount: 5, level: { id: level.id } });
  });

  it("reading recomputes bands older than a day, and only then", async () => {
    const company = await createCompany();
    const level = await createLevel();
    const computedAt = new Date("2026-11-01T00:00:00Z");
    await recomputeSalaryBands(computedAt);
    for (let i = 0; i < 5; i++) await createListing(company.id, { levelId: level.id });
    const key = bandKey.level(level.id);

    const fresh = new Date(computedAt.getTime() + BAND_MAX_AGE_MS);
    expect((await readBandsByKey([key], fresh)).get(key)).toMatchObject({ listingCount: 0, computedAt });
    expect((await readAllBands(fresh)).find((b) => b.key === key)).toMatchObject({ listingCount: 0 });

    const stale = new Date(fresh.getTime() + 1);
    expect((await readBandsByKey([key], stale)).get(key)).toMatchObject({ listingCount: 5, computedAt: stale });
  });
});
