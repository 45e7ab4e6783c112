import { beforeAll, describe, expect, it } from "vitest";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { db } from "@/server/db";
import { searchListings } from "@/server/search/search";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing, createRegion, createSkill } from "../setup/factories";

// Crafted fixtures: each filter alone and in combination, with the boundary cases the rules hinge on
// (pay exactly at the floor, a region containing the country, a window crossing midnight).

const DAY = 24 * 60 * 60 * 1000;
const ids: Record<string, string> = {};

async function titles(qs: string): Promise<string[]> {
  const { query, errors } = searchParamsToQuery(new URLSearchParams(qs));
  expect(errors).toEqual([]);
  const result = await searchListings({ ...query, limit: 50 });
  return result.items.map((i) => i.title).sort();
}

beforeAll(async () => {
  await resetDatabase();
  await createRegion({ code: "eu", name: "European Union", countries: ["DE", "FR"] });
  await createRegion({ code: "americas", name: "The Americas", countries: ["US", "BR"] });
  const staff = await createLevel({ slug: "staff", name: "Staff" });
  const principal = await createLevel({ slug: "principal", name: "Principal" });
  const kafka = await createSkill({ slug: "kafka", name: "Kafka" });
  const go = await createSkill({ slug: "go", name: "Go" });
  const fintech = await db.industry.create({ data: { slug: "fintech", name: "Fintech", whatItValues: "Correctness." } });
  const health = await db.industry.create({ data: { slug: "health", name: "Health", whatItValues: "Privacy." } });
  const ledgerCo = await createCompany({ name: "Tallymark", industryId: fintech.id });
  const clinicCo = await createCompany({ name: "Wardline", industryId: health.id });
  const suspended = await createCompany({ name: "Gonecorp", status: "SUSPENDED", industryId: fintech.id });
  const skills = (...list: { id: string }[]) => ({ create: list.map((s) => ({ skillId: s.id })) });
  const now = Date.now();

  const listings = {
    payments: await createListing(ledgerCo.id, {
      title: "Payments Architect",
      levelId: staff.id,
      skills: skills(kafka),
      worldwide: true,
      annualUsdMin: 150_000,
      annualUsdMax: 200_000,
      engagementModel: "EMPLOYEE",
      visaPolicy: "NOT_REQUIRED",
      publishedAt: new Date(now - 1 * DAY),
    }),
    ledger: await createListing(ledgerCo.id, {
      title: "Ledger Principal",
      levelId: principal.id,
      skills: skills(kafka, go),
      worldwide: false,
      eligibleRegions: ["eu"],
      annualUsdMin: 200_000,
      annualUsdMax: 250_000,
      engagementModel: "CONTRACTOR",
      visaPolicy: "WILL_SPONSOR",
      tzWindowStartUtc: 22 * 60,
      tzWindowEndUtc: 4 * 60,
      tzRequiredOverlapHours: 2,
      publishedAt: new Date(now - 2 * DAY),
    }),
    records: await createListing(clinicCo.id, {
      title: "Records Staff Engineer",
      description: "Design the clinical records platform and its audit trail. ".repeat(5),
      levelId: staff.id,
      skills: skills(go),
      worldwide: false,
      eligibleCountries: ["US"],
      annualUsdMin: 150_000,
      annualUsdMax: 199_999,
      engagementModel: "EMPLOYER_OF_RECORD",
      visaPolicy: "MUST_HAVE_AUTHORIZATION",
      tzWindowStartUtc: 14 * 60,
      tzWindowEndUtc: 22 * 60,
      tzRequiredOverlapHours: 4,
      publishedAt: new Date(now - 3 * DAY),
    }),
    old: await createListing(clinicCo.id, {
      title: "Old But Open",
      levelId: staff.id,
      worldwide: true,
      annualUsdMin: 180_000,
      annualUsdMax: 210_000,
      publishedAt: new Date(now - 40 * DAY),
      expiresAt: new Date(now + 5 * DAY),
    }),
  };
  // Never found: past its expiry, company suspended, waiting for review.
  await createListing(ledgerCo.id, {
    title: "Expired Kafka Role",
    levelId: staff.id,
    skills: skills(kafka),
    expiresAt: new Date(now - 60_000),
  });
  await createListing(suspended.id, { title: "Suspended Kafka Role", levelId: staff.id, skills: skills(kafka) });
  await createListing(ledgerCo.id, {
    title: "Pending Kafka Role",
    levelId: staff.id,
    status: "PENDING_REVIEW",
    skills: skills(kafka),
  });
  for (const [key, listing] of Object.entries(listings)) ids[key] = listing.id;
});

describe("searchListings filters", () => {
  it("shows only live listings", async () => {
    expect(await titles("")).toEqual(["Ledger Principal", "Old But Open", "Payments Architect", "Records Staff Engineer"]);
  });

  it("matches text in the title, the company name, the skills and the description", async () => {
    expect(await titles("q=architect")).toEqual(["Payments Architect"]);
    expect(await titles("q=wardline")).toEqual(["Old But Open", "Records Staff Engineer"]);
    expect(await titles("q=kafka")).toEqual(["Ledger Principal", "Payments Architect"]);
    expect(await titles("q=clinical audit")).toEqual(["Records Staff Engineer"]);
    expect(await titles("q=kafka -ledger")).toEqual(["Payments Architect"]);
    expect(await titles("q=the")).toHaveLength(4); // only stop words: no text filter at all
  });

  it("filters by level, skills (any or all), industry, engagement, visa and recency", async () => {
    expect(await titles("level=staff")).toEqual(["Old But Open", "Payments Architect", "Records Staff Engineer"]);
    expect(await titles("skill=kafka")).toEqual(["Ledger Principal", "Payments Architect"]);
    expect(await titles("skill=kafka&skill=go")).toEqual(["Ledger Principal", "Payments Architect", "Records Staff Engineer"]);
    expect(await titles("skill=kafka&skill=go&skillMatch=all")).toEqual(["Ledger Principal"]);
    expect(await titles("industry=health")).toEqual(["Old But Open", "Records Staff Engineer"]);
    expect(await titles("engagement=contractor&engagement=employer-of-record")).toEqual([
      "Ledger Principal",
      "Records Staff Engineer",
    ]);
    expect(await titles("visa=will-sponsor")).toEqual(["Ledger Principal"]);
    expect(await titles("postedWithinDays=7")).toEqual(["Ledger Principal", "Payments Architect", "Records Staff Engineer"]);
  });

  it("compares the pay floor with the top of the range, inclusive", async () => {
    expect(await titles("minPay=200000")).toEqual(["Ledger Principal", "Old But Open", "Payments Architect"]);
    expect(await titles("minPay=200001")).toEqual(["Ledger Principal", "Old But Open"]);
  });

  it("keeps listings open to the country: worldwide, a region containing it, or named", async () => {
    expect(await titles("country=DE")).toEqual(["Ledger Principal", "Old But Open", "Payments Architect"]);
    expect(await titles("country=US")).toEqual(["Old But Open", "Payments Architect", "Records Staff Engineer"]);
    expect(await titles("country=JP")).toEqual(["Old But Open", "Payments Architect"]);
  });

  it("keeps listings whose window overlaps the candidate's day by the hours required, across midnight", async () => {
    // UTC+13: 09:00–17:00 local is 20:00–04:00 UTC. Shares 6 h with 22:00–04:00, 2 h (< 4) with 14:00–22:00.
    expect(await titles("tz=UTC%2B13:00")).toEqual(["Old But Open", "Payments Architect", "Ledger Principal"].sort());
    // UTC+01:00: 08:00–16:00 UTC. Nothing shared with 22:00–04:00; 2 h (< 4) with 14:00–22:00.
    expect(await titles("tz=UTC%2B01:00")).toEqual(["Old But Open", "Payments Architect"]);
    // UTC-05:00: 14:00–22:00 UTC, exactly the records window.
    expect(await titles("tz=UTC-05:00")).toEqual(["Old But Open", "Payments Architect", "Records Staff Engineer"]);
  });

  it("combines every filter with AND", async () => {
    expect(
      await titles("country=FR&tz=UTC%2B13:00&level=principal&minPay=250000&skill=go&engagement=contractor&q=ledger"),
    ).toEqual(["Ledger Principal"]);
    expect(await titles("country=US&level=principal")).toEqual([]);
  });

  it("sorts by newest, by pay, and by relevance", async () => {
    const order = async (qs: string) =>
      (await searchListings(searchParamsToQuery(new URLSearchParams(qs)).query)).items.map((i) => i.id);
    expect(await order("")).toEqual([ids.payments, ids.ledger, ids.records, ids.old]);
    expect(await order("sort=pay")).toEqual([ids.ledger, ids.old, ids.payments, ids.records]);
    // A title match (weight A) outranks a company-name match (weight B).
    expect(await order("q=wardline records&sort=relevance")).toEqual([ids.records]);
    expect(await order("q=tallymark or ledger")).toEqual([ids.ledger, ids.payments]);
  });

  it("counts each filter value with the other filters applied", async () => {
    const { query } = searchParamsToQuery(new URLSearchParams("level=staff&country=DE"));
    const result = await searchListings(query, { facets: true });
    expect(result.total).toBe(2);
    const level = Object.fromEntries(result.facets!.level.map((f) => [f.value, f.count]));
    expect(level).toEqual({ staff: 2, principal: 1 }); // the level filter itself is left out of its counts
    const skill = Object.fromEntries(result.facets!.skill.map((f) => [f.value, f.count]));
    expect(skill).toEqual({ kafka: 1 });
    expect(result.facets!.engagement).toEqual([{ value: "employee", label: "Employee", count: 2 }]);
  });
});
