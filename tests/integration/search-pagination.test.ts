import { beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { searchParamsToQuery, type SearchQuery } from "@/lib/schemas/search";
import { searchListings } from "@/server/search/search";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

// Keyset pagination: walking every page visits each listing that existed at the start exactly once,
// even when new listings (newer, better paid, more relevant) arrive between pages.

const DAY = 24 * 60 * 60 * 1000;
let companyId: string;
let levelId: string;
let counter = 0;

async function listing(publishedDaysAgo: number, annualUsdMax: number, title = "Backend Architect") {
  counter += 1;
  return createListing(companyId, {
    levelId,
    title: `${title} ${counter}`,
    annualUsdMin: 100_000,
    annualUsdMax,
    publishedAt: new Date(Date.now() - publishedDaysAgo * DAY),
  });
}

beforeEach(async () => {
  await resetDatabase();
  companyId = (await createCompany()).id;
  levelId = (await createLevel()).id;
});

async function walk(qs: string, between: () => Promise<void>): Promise<string[]> {
  const base: SearchQuery = { ...searchParamsToQuery(new URLSearchParams(qs)).query, limit: 4 };
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await searchListings({ ...base, cursor });
    seen.push(...result.items.map((i) => i.id));
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
    await between();
  }
  throw new Error("pagination did not end");
}

describe("keyset pagination", () => {
  it.each([
    ["newest", "sort=newest", () => listing(0, 300_000)],
    ["highest pay", "sort=pay", () => listing(0, 900_000)],
    ["relevance", "q=architect&sort=relevance", () => listing(0, 300_000, "Architect Architect Architect")],
  ])("by %s: no duplicates and no gaps while listings arrive", async (_name, qs, insert) => {
    // Ties on purpose: several listings share a publish day and a pay top, so the id breaks them.
    const existing: string[] = [];
    for (let i = 0; i < 14; i++) existing.push((await listing(i % 5, 200_000 + (i % 3) * 10_000)).id);
    const seen = await walk(qs, async () => {
      await insert();
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => existing.includes(id)).sort()).toEqual([...existing].sort());
  });

  it("ends with a null cursor, and an empty result for no match", async () => {
    await listing(1, 200_000);
    const result = await searchListings({ ...searchParamsToQuery(new URLSearchParams("")).query, limit: 1 });
    expect(result.items).toHaveLength(1);
    expect(result.nextCursor).toBeNull();
    expect((await searchListings(searchParamsToQuery(new URLSearchParams("q=zzyzx")).query)).items).toEqual([]);
  });

  it("refuses a cursor that is malformed or belongs to another sort", async () => {
    for (let i = 0; i < 3; i++) await listing(i, 200_000);
    const first = await searchListings({ ...searchParamsToQuery(new URLSearchParams("sort=pay")).query, limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const newest = searchParamsToQuery(new URLSearchParams("sort=newest")).query;
    await expect(searchListings({ ...newest, cursor: first.nextCursor! })).rejects.toThrow(ValidationError);
    await expect(searchListings({ ...newest, cursor: "bm90LWpzb24" })).rejects.toThrow(ValidationError);
  });
});
