import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { bandPosition } from "@/lib/band-position";
import { normalisePay, type StatedPay } from "@/lib/pay";
import { bandKey } from "@/lib/salary-bands";
import { db } from "@/server/db";
import { recomputeSalaryBands } from "@/server/salaries/recompute";
import { resetDatabase } from "../setup/db";
import { createCompany, createIndustry, createLevel, createListing } from "../setup/factories";

// The percentile SQL against figures worked out by hand (in the comments), with conversion from
// other currencies and periods through the app's own normalisePay.

beforeEach(resetDatabase);

const NOW = new Date("2026-11-28T12:00:00Z");
const MONTH = 30 * 24 * 60 * 60 * 1000;

async function listingWithPay(
  companyId: string,
  levelId: string,
  pay: StatedPay,
  extra: Partial<Prisma.ListingUncheckedCreateInput> = {},
) {
  return createListing(companyId, { levelId, ...pay, ...normalisePay(pay), ...extra });
}

const usd = (salaryMin: number, salaryMax: number): StatedPay => ({
  salaryMin,
  salaryMax,
  salaryCurrency: "USD",
  salaryPeriod: "YEAR",
});

async function band(key: string) {
  return db.salaryBand.findUniqueOrThrow({ where: { key } });
}

describe("salary band figures", () => {
  it("match a fixture computed by hand: ties, exactly five listings, half dollars, currency and period conversion", async () => {
    const fintech = await createIndustry();
    const company = await createCompany({ industryId: fintech.id });
    const level = await createLevel();

    // Hourly pounds: 100 × 1,760 h × 1.33 = 234,080 and 120 × 1,760 × 1.33 = 280,896 a year.
    const hourlyGbp: StatedPay = { salaryMin: 100, salaryMax: 120, salaryCurrency: "GBP", salaryPeriod: "HOUR" };
    expect(normalisePay(hourlyGbp)).toEqual({ annualUsdMin: 234_080, annualUsdMax: 280_896 });
    // Monthly euros: 10,000 × 12 × 1.16 = 139,200 and 11,000 × 12 × 1.16 = 153,120.
    const monthlyEur: StatedPay = { salaryMin: 10_000, salaryMax: 11_000, salaryCurrency: "EUR", salaryPeriod: "MONTH" };
    expect(normalisePay(monthlyEur)).toEqual({ annualUsdMin: 139_200, annualUsdMax: 153_120 });

    await listingWithPay(company.id, level.id, usd(100_000, 120_000)); // midpoint 110,000
    await listingWithPay(company.id, level.id, monthlyEur); // midpoint 146,160
    await listingWithPay(company.id, level.id, usd(146_160, 146_160)); // 146,160 again: a tie
    await listingWithPay(company.id, level.id, usd(200_001, 200_002)); // 200,001.5
    // Archived 11 months ago: still inside the 12-month window.
    await listingWithPay(company.id, level.id, hourlyGbp, {
      status: "EXPIRED",
      publishedAt: new Date(NOW.getTime() - 11 * MONTH),
    }); // midpoint 257,488

    // None of these may count: they would drag every figure far up.
    const wild = usd(900_000, 950_000);
    await listingWithPay(company.id, level.id, wild, { status: "CLOSED", publishedAt: new Date(NOW.getTime() - 13 * MONTH) });
    for (const status of ["DRAFT", "PENDING_REVIEW"] as const) await listingWithPay(company.id, level.id, wild, { status });
    await listingWithPay(company.id, level.id, wild, { status: "REJECTED", rejectionReason: "Not a remote role." });
    const suspended = await createCompany({ industryId: fintech.id, status: "SUSPENDED" });
    await listingWithPay(suspended.id, level.id, wild);

    await recomputeSalaryBands(NOW);

    // Sorted midpoints: 110,000 | 146,160 | 146,160 | 200,001.5 | 257,488 (n = 5, ranks 0..4).
    // p25 = rank 1 = 146,160; median = rank 2 = 146,160 (the tie); p75 = rank 3 = 200,001.5 -> 200,002.
    const expected = { listingCount: 5, minUsd: 110_000, p25Usd: 146_160, medianUsd: 146_160, p75Usd: 200_002, maxUsd: 257_488 };
    expect(await band(bandKey.level(level.id))).toMatchObject(expected);
    expect(await band(bandKey.industry(fintech.id))).toMatchObject(expected);
  });

  it("interpolates between neighbours when a quartile falls between two listings", async () => {
    const company = await createCompany();
    const level = await createLevel();
    for (const [min, max] of [
      [100_000, 100_000],
      [100_001, 100_001],
      [110_000, 130_000],
      [130_000, 130_000],
      [140_000, 140_000],
      [150_000, 160_000],
    ]) {
      await listingWithPay(company.id, level.id, usd(min!, max!));
    }
    await recomputeSalaryBands(NOW);

    // Midpoints 100,000 | 100,001 | 120,000 | 130,000 | 140,000 | 155,000 (n = 6, ranks 0..5).
    // p25 at rank 1.25: 100,001 + 0.25 × 19,999 = 105,000.75 -> 105,001.
    // median at rank 2.5: (120,000 + 130,000) / 2 = 125,000.
    // p75 at rank 3.75: 130,000 + 0.75 × 10,000 = 137,500.
    const row = await band(bandKey.level(level.id));
    expect(row).toMatchObject({
      listingCount: 6,
      minUsd: 100_000,
      p25Usd: 105_001,
      medianUsd: 125_000,
      p75Usd: 137_500,
      maxUsd: 155_000,
    });
    // The stored percentiles run from min to max and agree with the quartiles.
    expect(row.quantilesUsd).toHaveLength(101);
    expect([
      row.quantilesUsd[0],
      row.quantilesUsd[25],
      row.quantilesUsd[50],
      row.quantilesUsd[75],
      row.quantilesUsd[100],
    ]).toEqual([100_000, 105_001, 125_000, 137_500, 155_000]);
    // p10 at rank 0.5: 100,000.5 -> 100,001; p90 at rank 4.5: 147,500.
    expect(row.quantilesUsd[10]).toBe(100_001);
    expect(row.quantilesUsd[90]).toBe(147_500);
  });

  it("says 'not enough data' for four listings, and states empty groups", async () => {
    const company = await createCompany();
    const level = await createLevel();
    const empty = await createLevel();
    const quiet = await createIndustry();
    for (let i = 0; i < 4; i++) await listingWithPay(company.id, level.id, usd(200_000, 220_000));
    await recomputeSalaryBands(NOW);

    expect(await band(bandKey.level(level.id))).toMatchObject({
      listingCount: 4,
      minUsd: null,
      p25Usd: null,
      medianUsd: null,
      p75Usd: null,
      maxUsd: null,
      quantilesUsd: [],
    });
    expect(await band(bandKey.level(empty.id))).toMatchObject({ listingCount: 0, medianUsd: null });
    expect(await band(bandKey.industry(quiet.id))).toMatchObject({ listingCount: 0, medianUsd: null });
  });

  it("places a listing against the computed band", async () => {
    const company = await createCompany();
    const level = await createLevel();
    for (const mid of [100_000, 120_000, 140_000, 160_000, 180_000]) await listingWithPay(company.id, level.id, usd(mid, mid));
    await recomputeSalaryBands(NOW);
    const stored = await band(bandKey.level(level.id));

    // 150,000 lies halfway from the median (140,000) to p75 (160,000): 62.5% of the band is below it.
    expect(bandPosition({ annualUsdMin: 140_000, annualUsdMax: 160_000 }, stored)).toMatchObject({ share: 0.625, percent: 62 });
  });

  it("replaces every row on each run, in one go", async () => {
    const company = await createCompany();
    const level = await createLevel();
    for (let i = 0; i < 5; i++) await listingWithPay(company.id, level.id, usd(200_000, 200_000));
    await recomputeSalaryBands(NOW);
    await db.listing.updateMany({
      where: { levelId: level.id },
      data: { status: "CLOSED", publishedAt: new Date(NOW.getTime() - 14 * MONTH) },
    });

    const later = new Date(NOW.getTime() + 60_000);
    const result = await recomputeSalaryBands(later);

    expect(await band(bandKey.level(level.id))).toMatchObject({ listingCount: 0, medianUsd: null, computedAt: later });
    expect(result.groups).toBe(await db.salaryBand.count());
    expect(await db.salaryBand.count({ where: { computedAt: { not: later } } })).toBe(0);
  });
});
