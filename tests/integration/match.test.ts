import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { OnCallKind, TakeHomeKind, VisaPolicy } from "@/generated/prisma/enums";
import { assessMatch, type MatchCandidate, type MatchListing } from "@/lib/match";
import { searchParamsToQuery, type SearchQuery } from "@/lib/schemas/search";
import { db } from "@/server/db";
import { matchListings } from "@/server/search/match";
import { matchScoresSql, matchSqlCandidate } from "@/server/search/match-sql";
import { describeViewerMatches, viewerMatchPage } from "@/server/viewer/matches";
import { resetDatabase } from "../setup/db";
import {
  createCandidate,
  createCompany,
  createEmployer,
  createAdmin,
  createLevel,
  createListing,
  createSkill,
} from "../setup/factories";

// The personal match: its SQL score (the "Best match for me" order) agrees with the pure function's,
// its pages have no gaps or duplicates, and it only ever answers the candidate asking about themself.

const REGIONS = [
  { code: "eu", name: "EU", countries: ["DE", "FR", "PT"] },
  { code: "americas", name: "Americas", countries: ["US", "BR", "CA"] },
  { code: "atlantic", name: "Atlantic", countries: ["PT", "US", "BR"] },
];
const COUNTRIES = ["DE", "FR", "PT", "US", "BR", "CA", "JP"];

let companyId: string;
let levels: { id: string; name: string }[];
let skills: { id: string; name: string }[];

beforeEach(async () => {
  await resetDatabase();
  companyId = (await createCompany()).id;
  levels = [await createLevel({ name: "Staff" }), await createLevel({ name: "Principal" })];
  skills = [];
  for (const name of ["Go", "Kafka", "PostgreSQL", "Rust"]) skills.push(await createSkill({ name }));
  for (const r of REGIONS) await db.region.create({ data: r });
});

type Generated = Omit<MatchListing, "levelId" | "levelName" | "skills"> & { level: number; skills: number[] };

const listingArb: fc.Arbitrary<Generated> = fc
  .record({
    worldwide: fc.boolean(),
    eligibleRegions: fc.subarray(REGIONS.map((r) => r.code)),
    eligibleCountries: fc.subarray(COUNTRIES),
    window: fc.option(fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 })), { nil: null }),
    tzRequiredOverlapHours: fc.integer({ min: 0, max: 10 }),
    visaPolicy: fc.constantFrom<VisaPolicy>("NOT_REQUIRED", "WILL_SPONSOR", "MUST_HAVE_AUTHORIZATION"),
    level: fc.integer({ min: 0, max: 1 }),
    skills: fc.subarray([0, 1, 2, 3]),
    pay: fc.tuple(fc.integer({ min: 50, max: 300 }), fc.integer({ min: 0, max: 100 })),
    onCall: fc.constantFrom<OnCallKind | null>(null, "NONE", "ROTATION", "FOLLOW_THE_SUN", "ESCALATION_ONLY"),
    takeHome: fc.constantFrom<TakeHomeKind | null>(null, "NONE", "PAID", "UNPAID"),
  })
  .map(({ window, pay, ...rest }) => ({
    ...rest,
    worldwide: rest.worldwide || (rest.eligibleRegions.length === 0 && rest.eligibleCountries.length === 0),
    tzWindowStartUtc: window?.[0] ?? null,
    tzWindowEndUtc: window?.[1] ?? null,
    annualUsdMin: pay[0] * 1000,
    annualUsdMax: (pay[0] + pay[1]) * 1000,
  }));

const candidateArb = fc.record({
  country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  utcOffsetMinutes: fc.option(
    fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
    { nil: null },
  ),
  workDay: fc.option(
    fc.record({ startMinutes: fc.integer({ min: 0, max: 1200 }), lengthMinutes: fc.integer({ min: 60, max: 600 }) }),
    {
      nil: undefined,
    },
  ),
  workAuthorizations: fc.subarray(COUNTRIES),
  levels: fc.subarray([0, 1]),
  skills: fc.subarray([0, 1, 2, 3]),
  floorUsd: fc.option(
    fc.integer({ min: 40, max: 420 }).map((k) => k * 1000),
    { nil: null },
  ),
  avoidOnCall: fc.boolean(),
  avoidTakeHome: fc.boolean(),
});

async function insert(g: Generated, publishedAt?: Date) {
  const { level, skills: skillIdx, ...columns } = g;
  const row = await createListing(companyId, {
    ...columns,
    eligibleRegions: [...columns.eligibleRegions],
    eligibleCountries: [...columns.eligibleCountries],
    levelId: levels[level]!.id,
    ...(publishedAt ? { publishedAt } : {}),
  });
  await db.listingSkill.createMany({ data: skillIdx.map((i) => ({ listingId: row.id, skillId: skills[i]!.id })) });
  const listing: MatchListing = {
    ...columns,
    levelId: levels[level]!.id,
    levelName: levels[level]!.name,
    skills: skillIdx.map((i) => skills[i]!),
  };
  return { id: row.id, listing };
}

describe("match score: SQL and the pure function", () => {
  it("agree on generated listings and candidates", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(listingArb, { minLength: 1, maxLength: 12 }),
        fc.array(candidateArb, { minLength: 1, maxLength: 6 }),
        async (generated, candidates) => {
          await db.listing.deleteMany({});
          const rows = [];
          for (const g of generated) rows.push(await insert(g));
          for (const c of candidates) {
            const candidate: MatchCandidate = {
              ...c,
              levelIds: c.levels.map((i) => levels[i]!.id),
              skillIds: c.skills.map((i) => skills[i]!.id),
            };
            const fromSql = await db.$queryRaw<{ id: string; score: number }[]>(
              matchScoresSql(
                rows.map((r) => r.id),
                matchSqlCandidate(candidate, REGIONS),
              ),
            );
            const sql = Object.fromEntries(fromSql.map((r) => [r.id, r.score]));
            const pure = Object.fromEntries(rows.map((r) => [r.id, assessMatch(r.listing, candidate, REGIONS).score]));
            expect(sql, JSON.stringify({ candidate, generated })).toEqual(pure);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

async function candidateWith(profile: {
  skills?: number[];
  levels?: number[];
  floorUsd?: number;
  avoidTakeHome?: boolean;
  country?: string;
}) {
  const candidate = await createCandidate();
  await db.candidateProfile.update({
    where: { userId: candidate.user.id },
    data: {
      country: profile.country ?? "PT",
      timezone: "UTC",
      salaryExpectationUsd: profile.floorUsd ?? null,
      avoidTakeHome: profile.avoidTakeHome ?? false,
      skills: { create: (profile.skills ?? []).map((i) => ({ skillId: skills[i]!.id })) },
      levels: { create: (profile.levels ?? []).map((i) => ({ levelId: levels[i]!.id })) },
    },
  });
  return candidate;
}

const base = (over: Partial<Generated> = {}): Generated => ({
  worldwide: true,
  eligibleRegions: [],
  eligibleCountries: [],
  tzWindowStartUtc: null,
  tzWindowEndUtc: null,
  tzRequiredOverlapHours: 0,
  visaPolicy: "NOT_REQUIRED",
  level: 0,
  skills: [],
  annualUsdMin: 150_000,
  annualUsdMax: 200_000,
  onCall: null,
  takeHome: null,
  ...over,
});

describe("Best match for me: keyset pages", () => {
  it("visit every live listing once, in score order with ties broken by id, while listings arrive", async () => {
    const candidate = await candidateWith({ skills: [0, 1], levels: [0], floorUsd: 160_000, avoidTakeHome: true });
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.user.id } });
    expect(profile.avoidTakeHome).toBe(true);
    const existing: string[] = [];
    // Few distinct scores among 15 listings, so many ties: the id must break them.
    for (let i = 0; i < 15; i++) {
      const g = base({ level: i % 2, skills: i % 3 === 0 ? [0, 1] : [2], takeHome: i % 4 === 0 ? "NONE" : "UNPAID" });
      existing.push((await insert(g)).id);
    }
    const query: SearchQuery = { ...searchParamsToQuery(new URLSearchParams()).query, limit: 4 };
    const seen: { id: string; score: number }[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await viewerMatchPage(candidate.actor, { ...query, cursor });
      expect(result).not.toBeNull();
      for (const item of result!.items) seen.push({ id: item.card.id, score: item.match.score });
      if (!result!.nextCursor) break;
      cursor = result!.nextCursor;
      // A listing arrives between pages, one that would rank first and one that would rank last.
      await insert(base({ level: 0, skills: [0, 1], takeHome: "NONE" }));
      await insert(base({ level: 1, skills: [3], country: undefined, annualUsdMax: 150_000 } as Partial<Generated>));
    }
    const ids = seen.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => existing.includes(id)).sort()).toEqual([...existing].sort());
    // Score descending, id descending within a score: the order the SQL pages in.
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(a.score > b.score || (a.score === b.score && a.id > b.id), JSON.stringify([a, b])).toBe(true);
    }
    // The first page starts with a listing that has no take-home, both skills and the wanted level.
    expect(seen[0]!.score).toBe(40 + 15 + 25 + 8 + 5);
  });

  it("honours the search's filters and refuses a cursor from another sort", async () => {
    const candidate = await candidateWith({ skills: [0] });
    const withKafka = await insert(base({ skills: [1] }));
    await insert(base({ skills: [2] }));
    const { query } = searchParamsToQuery(
      new URLSearchParams(`skill=${(await db.skill.findUniqueOrThrow({ where: { id: skills[1]!.id } })).slug}`),
    );
    const page = await viewerMatchPage(candidate.actor, query);
    expect(page?.items.map((i) => i.card.id)).toEqual([withKafka.id]);
    const newestCursor = Buffer.from(JSON.stringify(["newest", "2026-01-01T00:00:00", "abc"])).toString("base64url");
    await expect(
      matchListings(
        { ...query, cursor: newestCursor },
        matchSqlCandidate(
          {
            country: null,
            utcOffsetMinutes: null,
            workAuthorizations: [],
            levelIds: [],
            skillIds: [],
            floorUsd: null,
            avoidOnCall: false,
            avoidTakeHome: false,
          },
          REGIONS,
        ),
      ),
    ).rejects.toThrow(/cursor is not valid/);
  });
});

describe("the match answers only the candidate asking", () => {
  it("gives nobody but a candidate a match or a match order", async () => {
    const listing = await insert(base({ skills: [0] }));
    const query = searchParamsToQuery(new URLSearchParams()).query;
    const employer = await createEmployer();
    const admin = await createAdmin();
    for (const actor of [null, employer.actor, admin.actor]) {
      expect(await viewerMatchPage(actor, query)).toBeNull();
      expect(await describeViewerMatches(actor, [listing.id])).toEqual({});
    }
  });

  it("is computed from the asker's own profile, never another candidate's", async () => {
    const goDev = await candidateWith({ skills: [0], floorUsd: 100_000 });
    const rustDev = await candidateWith({ skills: [3], country: "JP" });
    const go = await insert(base({ skills: [0], worldwide: false, eligibleRegions: ["eu"] }));
    const rust = await insert(base({ skills: [3], worldwide: false, eligibleRegions: ["eu"] }));
    const query = searchParamsToQuery(new URLSearchParams()).query;

    const mine = await viewerMatchPage(goDev.actor, query);
    expect(mine?.items.map((i) => i.card.id)).toEqual([go.id, rust.id]);
    expect(mine?.items[0]?.match.label).toBe("Strong match: eligible, 1 of 1 skills, pays above your floor");
    const theirs = await viewerMatchPage(rustDev.actor, query);
    expect(theirs?.items.map((i) => i.card.id)).toEqual([rust.id, go.id]);
    // Japan is outside the EU: their verdict, not the Go developer's.
    expect(theirs?.items[0]?.match.verdict).toBe("not_eligible");
    expect(JSON.stringify(theirs)).not.toContain("pays above your floor");

    const matches = await describeViewerMatches(rustDev.actor, [go.id, rust.id]);
    expect(matches[rust.id]?.reasons.find((r) => r.aspect === "skills")?.skills).toEqual({ have: ["Rust"], lack: [] });
  });

  it("says nothing about listings that are not live", async () => {
    const candidate = await candidateWith({ skills: [0] });
    const draft = await createListing(companyId, { status: "DRAFT", levelId: levels[0]!.id });
    const closed = await createListing(companyId, { status: "CLOSED", levelId: levels[0]!.id, closedAt: new Date() });
    const live = await insert(base());
    const matches = await describeViewerMatches(candidate.actor, [draft.id, closed.id, live.id, "nosuchlistingid00000000"]);
    expect(Object.keys(matches)).toEqual([live.id]);
  });
});
