import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

// GET /api/employer/band-position: the posting form's live band position. Employers only (401 signed out,
// 403 for other roles); a form still being typed gets a plain "not yet" answer, never an error; complete
// fields get the percentage and its sentence. It reads bands and writes nothing.

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", async (original) => ({
  ...(await original<typeof import("@/server/auth/session")>()),
  getActor: async () => signedIn.actor,
}));

const { GET } = await import("@/app/api/employer/band-position/route");
const { db } = await import("@/server/db");
const { recomputeSalaryBands } = await import("@/server/salaries/recompute");
const { resetDatabase } = await import("../setup/db");
const { createAdmin, createCandidate, createCompany, createEmployer, createLevel, createListing, createRegion } =
  await import("../setup/factories");

beforeEach(async () => {
  await resetDatabase();
  signedIn.actor = null;
});

async function ask(query: Record<string, string | string[]>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) search.append(key, v);
  const response = await GET(new Request(`http://localhost/api/employer/band-position?${search}`));
  return { status: response.status, body: await response.json(), cache: response.headers.get("cache-control") };
}

async function band() {
  const region = await createRegion({ name: "Core Europe", countries: ["DE", "FR"] });
  const level = await createLevel({ name: "Staff" });
  const company = await createCompany();
  for (const pay of [100_000, 110_000, 120_000, 130_000, 140_000]) {
    await createListing(company.id, {
      levelId: level.id,
      worldwide: false,
      eligibleRegions: [region.code],
      annualUsdMin: pay,
      annualUsdMax: pay,
    });
  }
  await recomputeSalaryBands();
  return { level, region };
}

describe("the band-position route", () => {
  it("answers 401 signed out and 403 to candidates and admins", async () => {
    const { level } = await band();
    const query = { levelId: level.id, salaryMin: "100000", salaryMax: "120000", salaryCurrency: "USD", salaryPeriod: "YEAR" };
    expect((await ask(query)).status).toBe(401);
    signedIn.actor = (await createCandidate()).actor;
    expect((await ask(query)).status).toBe(403);
    signedIn.actor = (await createAdmin()).actor;
    expect((await ask(query)).status).toBe(403);
  });

  it("places complete pay among comparable listings, in a sentence, without writing anything", async () => {
    const { level, region } = await band();
    signedIn.actor = (await createEmployer()).actor;
    const bandsBefore = await db.salaryBand.findMany({ orderBy: { key: "asc" } });
    const answer = await ask({
      levelId: level.id,
      salaryMin: "8,000",
      salaryMax: "10000",
      salaryCurrency: "eur",
      salaryPeriod: "MONTH",
      eligibleCountries: ["FR"],
    });
    expect(answer.status).toBe(200);
    expect(answer.cache).toContain("no-store");
    expect(answer.body).toMatchObject({ status: "placed", level: "Staff", region: region.name });
    expect(answer.body.percent).toBeGreaterThanOrEqual(50);
    expect(answer.body.percent).toBeLessThan(75);
    expect(answer.body.message).toBe(
      `Pays more than ${answer.body.percent}% of comparable Staff listings hiring in Core Europe.`,
    );
    expect(await db.salaryBand.findMany({ orderBy: { key: "asc" } })).toEqual(bandsBefore);
  });

  it("answers a form still being typed, or nonsense, with a plain 'not yet' and status 200", async () => {
    const { level } = await band();
    signedIn.actor = (await createEmployer()).actor;
    const full = { levelId: level.id, salaryMin: "100000", salaryMax: "120000", salaryCurrency: "USD", salaryPeriod: "YEAR" };
    for (const query of [
      {},
      { ...full, salaryMax: "" },
      { ...full, levelId: "not an id" },
      { ...full, levelId: "c".repeat(25) },
      { ...full, salaryMin: "-5" },
      { ...full, salaryMin: "200000" },
      { ...full, salaryCurrency: "XYZ" },
      { ...full, salaryPeriod: "WEEK" },
      { ...full, salaryMax: "9".repeat(500) },
      { ...full, eligibleCountries: ["%00", "x".repeat(5000)] },
    ]) {
      const answer = await ask(query);
      expect(answer.status, JSON.stringify(query).slice(0, 80)).toBe(200);
      expect(answer.body.status).toBe("incomplete");
      expect(answer.body.message).toMatch(/Choose the level and enter both ends/);
    }
  });
});
