import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FACT_FILTERS } from "@/lib/fact-filters";
import { emptySearchQuery, searchParamsToQuery, type SearchQuery } from "@/lib/schemas/search";
import { FACET_WINDOW, RANK_CANDIDATES } from "@/lib/search-limits";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { db } from "@/server/db";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { moveListing } from "@/server/listings/lifecycle";
import { liveFacetCounts, refreshSearchFacetCounts } from "@/server/search/facet-counts";
import type { FacetDimension, FactDimension } from "@/server/search/filters";
import { FACET_DIMENSIONS, facetPlan, facetSql, type FacetRow } from "@/server/search/query-sql";
import { searchFacets, searchListings } from "@/server/search/search";
import { resetDatabase } from "../setup/db";
import { createFactListings } from "../setup/fact-listings";
import { createCompany, createLevel, createListing, createSkill } from "../setup/factories";
import { waitForJobs } from "../setup/jobs";

// Search at scale (docs/decisions/015-search-at-scale.md): the stored facet counts stay equal to a direct
// count as the lifecycle changes the live set; past the window, ranking covers the newest matches and
// counts say they are lower bounds.

const HOUR = 60 * 60 * 1000;

/** Every dimension counted directly over the live set, as the search did before there was a table. */
async function directCounts(): Promise<Record<FacetDimension, FacetRow[]>> {
  const ctx = { now: new Date(), tsquery: null };
  const rows = await Promise.all(FACET_DIMENSIONS.map((d) => db.$queryRaw<FacetRow[]>(facetSql(d, emptySearchQuery(), ctx))));
  return Object.fromEntries(FACET_DIMENSIONS.map((d, i) => [d, sorted(rows[i]!)])) as Record<FacetDimension, FacetRow[]>;
}

async function storedCounts(): Promise<Record<FacetDimension, FacetRow[]>> {
  const stored = await liveFacetCounts({ now: new Date(), tsquery: null });
  return Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, sorted(stored[d])])) as Record<FacetDimension, FacetRow[]>;
}

const sorted = (rows: FacetRow[]) => [...rows].sort((a, b) => a.value.localeCompare(b.value));
const query = (qs: string): SearchQuery => searchParamsToQuery(new URLSearchParams(qs)).query;

describe("stored facet counts", () => {
  // Reset (which empties the queue) before the runner starts: a job left by another file, running
  // while a reset truncates every table, could deadlock with it.
  beforeAll(async () => {
    await resetDatabase();
    await startJobRunner({ schedules: false, pollingIntervalSeconds: 0.5 });
  });
  afterAll(() => stopJobRunner());
  beforeEach(resetDatabase);

  it("equal a direct count after each lifecycle change, refreshed by the job the change enqueues", async () => {
    const company = await createCompany();
    const staff = await createLevel({ slug: "staff", name: "Staff" });
    const principal = await createLevel({ slug: "principal", name: "Principal" });
    const kafka = await createSkill({ slug: "kafka", name: "Kafka" });
    await createListing(company.id, { levelId: staff.id, skills: { create: [{ skillId: kafka.id }] } });
    const leaving = await createListing(company.id, { levelId: principal.id, engagementModel: "CONTRACTOR" });
    const pending = await createListing(company.id, {
      levelId: principal.id,
      status: "PENDING_REVIEW",
      visaPolicy: "WILL_SPONSOR",
    });
    await refreshSearchFacetCounts();
    expect(await storedCounts()).toEqual(await directCounts());
    const before = await storedCounts();

    await moveListing("approve", { listingId: pending.id, actor: SYSTEM_ACTOR });
    // Until the job has run, the table still holds the counts of its last refresh.
    expect((await waitForJobs("refresh-search-facets")).map((j) => j.state)).toEqual(["completed"]);
    const afterApproval = await storedCounts();
    expect(afterApproval).toEqual(await directCounts());
    expect(afterApproval).not.toEqual(before);
    expect(afterApproval.level).toEqual([
      { value: "principal", label: "Principal", count: 2 },
      { value: "staff", label: "Staff", count: 1 },
    ]);

    await moveListing("expire", { listingId: leaving.id, actor: SYSTEM_ACTOR });
    expect((await waitForJobs("refresh-search-facets")).every((j) => j.state === "completed")).toBe(true);
    expect(await storedCounts()).toEqual(await directCounts());
    expect((await storedCounts()).engagement).toEqual([{ value: "EMPLOYEE", label: "", count: 2 }]);

    // The unfiltered search (and the home page's total) reads them: exact, no lower bounds.
    const summary = await searchFacets(emptySearchQuery());
    expect(summary).toMatchObject({ total: 2, totalAtLeast: false, partialFacets: [] });
    expect(Object.fromEntries(summary.facets.visa.map((f) => [f.value, f.count]))).toEqual({
      "not-required": 1,
      "will-sponsor": 1,
    });
  });

  it("are counted directly before the first refresh", async () => {
    const company = await createCompany();
    await createListing(company.id);
    await createListing(company.id, { status: "DRAFT" });
    expect(await db.searchFacetCount.count()).toBe(0);
    expect(await storedCounts()).toEqual(await directCounts());
    expect((await searchFacets(emptySearchQuery())).total).toBe(1);
  });
});

describe(`past ${RANK_CANDIDATES.toLocaleString("en-US")} matches`, () => {
  const ids: Record<string, string> = {};
  const crowd = Math.max(RANK_CANDIDATES, FACET_WINDOW) + 5;

  beforeAll(async () => {
    await resetDatabase();
    const company = await createCompany();
    const staff = await createLevel({ slug: "staff", name: "Staff" });
    const head = await createLevel({ slug: "head", name: "Head of Engineering" });
    const now = Date.now();
    // The crowd: recent listings that mention the word once, in the description (weight C).
    await db.listing.createMany({
      data: Array.from({ length: crowd }, (_, i) => {
        const publishedAt = new Date(now - 2 * HOUR - i * 60_000);
        return {
          slug: `crowd-${i}`,
          companyId: company.id,
          levelId: staff.id,
          title: `Backend Engineer ${i}`,
          description: "Our team mascot is a quokka. ".repeat(2),
          status: "PUBLISHED" as const,
          salaryMin: 200_000,
          salaryMax: 250_000,
          salaryCurrency: "USD",
          salaryPeriod: "YEAR" as const,
          annualUsdMin: 200_000,
          annualUsdMax: 250_000,
          worldwide: true,
          visaPolicy: "NOT_REQUIRED" as const,
          engagementModel: "EMPLOYEE" as const,
          submittedAt: publishedAt,
          publishedAt,
          confirmedAt: publishedAt,
          expiresAt: new Date(publishedAt.getTime() + 29 * 24 * HOUR),
        };
      }),
    });
    // The newest match has the word in its title (weight A): the best match within the window.
    ids.newBest = (
      await createListing(company.id, {
        levelId: staff.id,
        title: "Quokka Platform Architect",
        publishedAt: new Date(now - HOUR),
      })
    ).id;
    // An older title match, behind every listing of the crowd: outside the window, so not ranked.
    ids.oldBest = (
      await createListing(company.id, {
        levelId: head.id,
        title: "Quokka Quokka Principal",
        publishedAt: new Date(now - 20 * 24 * HOUR),
      })
    ).id;
  });

  it("ranks the newest matches and returns the best of them first", async () => {
    const first = await searchListings({ ...query("q=quokka"), limit: 10 });
    expect(first.sort).toBe("relevance");
    expect(first.items[0]?.id).toBe(ids.newBest);
    expect(first.items.map((i) => i.id)).not.toContain(ids.oldBest);
  });

  it("pages through exactly the ranked window, each listing once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchListings({ ...query("q=quokka"), limit: 50, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(RANK_CANDIDATES);
    expect(new Set(seen).size).toBe(RANK_CANDIDATES);
    expect(seen).not.toContain(ids.oldBest);
  });

  it("ranks every match of a narrower search, so an older best match is found", async () => {
    const page = await searchListings({ ...query("q=quokka&level=head"), limit: 10 });
    expect(page.items.map((i) => i.id)).toEqual([ids.oldBest]);
    // Newest order is not capped: the older listing is on the last page of the full set.
    const newest = await searchListings({ ...query("q=quokka&sort=newest"), limit: 10 });
    expect(newest.items[0]?.id).toBe(ids.newBest);
  });

  it("counts the newest listings and says the counts are lower bounds", async () => {
    const summary = await searchFacets(query("q=quokka"));
    expect(summary.totalAtLeast).toBe(true);
    expect(summary.total).toBe(FACET_WINDOW);
    expect(summary.partialFacets).toEqual(FACET_DIMENSIONS);
    // Within the window: the newest FACET_WINDOW matches are all staff (the head listing is the oldest).
    expect(summary.facets.level).toEqual([{ value: "staff", label: "Staff", count: FACET_WINDOW }]);
    const exact = await db.listing.count({ where: { status: "PUBLISHED", level: { slug: "staff" } } });
    expect(exact).toBeGreaterThan(FACET_WINDOW);
  });

  it("counts exactly when the matches fit in the window", async () => {
    const summary = await searchFacets(query("q=quokka&level=head"));
    expect(summary).toMatchObject({ total: 1, totalAtLeast: false });
    // The level dimension leaves the level filter out, so its own count still covers the crowd.
    expect(summary.partialFacets).toEqual(["level"]);
    expect(summary.facets.engagement).toEqual([{ value: "employee", label: "Employee", count: 1 }]);
  });
});

describe("a facet count past its time budget", () => {
  beforeAll(resetDatabase);

  it("is given up: the dimension is uncounted, the total unknown, the stored counts still read", async () => {
    const company = await createCompany();
    const staff = await createLevel({ slug: "staff", name: "Staff" });
    await createListing(company.id, { levelId: staff.id });
    await refreshSearchFacetCounts();
    // Another transaction holds the listings: a count that must read them waits, and the budget ends it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Listing" IN ACCESS EXCLUSIVE MODE`;
        locked();
        await held;
      },
      { timeout: 20_000 },
    );
    await lockTaken;
    try {
      const summary = await searchFacets(query("level=staff"), { budgetMs: 200 });
      expect(summary.total).toBeUndefined();
      // Every dimension but level shares the window, which the lock holds up.
      expect(summary.uncountedFacets).toEqual(FACET_DIMENSIONS.filter((d) => d !== "level"));
      // The level counts leave the level filter out: the whole live set, from the stored counts.
      expect(summary.facets.level).toEqual([{ value: "staff", label: "Staff", count: 1 }]);
    } finally {
      release();
      await holder;
    }
    // Without the lock the same search counts in time: a budget no busy test machine comes near, so this
    // says "the lock was the cause", not anything about the machine's speed.
    expect(await searchFacets(query("level=staff"), { budgetMs: 10_000 })).toMatchObject({ total: 1, uncountedFacets: [] });
  });
});

describe("the role-at-a-glance facets", () => {
  const FACTS: FactDimension[] = ["takeHome", "onCall", "ownership", "teamSize"];
  /** One dimension's counts by URL slug, as the filter panel reads them. */
  const countsOf = (rows: FacetRow[]) => Object.fromEntries(rows.map((f) => [f.value, f.count]));
  const factCounts = async (qs: string) => {
    const { facets } = await searchFacets(query(qs));
    return Object.fromEntries(FACTS.map((d) => [d, countsOf(facets[d])]));
  };
  const titles = async (q: SearchQuery) => (await searchListings({ ...q, limit: 50 })).items.map((i) => i.title).sort();

  beforeAll(async () => {
    await resetDatabase();
    await createFactListings();
  });

  const WHOLE_SET = {
    takeHome: { none: 2, paid: 1 },
    onCall: { none: 1, rotation: 1, "escalation-only": 1 },
    ownership: { greenfield: 2, migration: 1 },
    teamSize: { small: 1, medium: 2, large: 1 },
  };

  it("count each stated value of the live set, directly and, after a refresh, from the stored counts", async () => {
    expect(await db.searchFacetCount.count()).toBe(0);
    expect(await factCounts("")).toEqual(WHOLE_SET);
    await refreshSearchFacetCounts();
    expect(await storedCounts()).toEqual(await directCounts());
    const stored = await db.searchFacetCount.findMany({
      where: { dimension: { in: FACTS } },
      orderBy: [{ dimension: "asc" }, { value: "asc" }],
    });
    expect(stored.map(({ dimension, value, count }) => [dimension, value, count])).toEqual([
      ["onCall", "ESCALATION_ONLY", 1],
      ["onCall", "NONE", 1],
      ["onCall", "ROTATION", 1],
      ["ownership", "GREENFIELD", 2],
      ["ownership", "MIGRATION", 1],
      ["takeHome", "NONE", 2],
      ["takeHome", "PAID", 1],
      ["teamSize", "large", 1],
      ["teamSize", "medium", 2],
      ["teamSize", "small", 1],
    ]);
    const summary = await searchFacets(emptySearchQuery());
    expect(summary).toMatchObject({ total: 5, partialFacets: [], uncountedFacets: [] });
    expect(await factCounts("")).toEqual(WHOLE_SET);
    // The links and labels are the filter panel's: URL slugs, the panel's words.
    expect([...summary.facets.teamSize].sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { value: "large", label: "Large team (over 20)", count: 1 },
      { value: "medium", label: "Medium team (6–20)", count: 2 },
      { value: "small", label: "Small team (up to 5)", count: 1 },
    ]);
    expect(summary.facets.takeHome).toContainEqual({ value: "none", label: "No take-home", count: 2 });
  });

  it("keep the other filters: a level, a text query, both", async () => {
    expect(await factCounts("level=staff")).toEqual({
      takeHome: { none: 2 },
      onCall: { none: 1, "escalation-only": 1 },
      ownership: { greenfield: 2 },
      teamSize: { small: 1, medium: 1, large: 1 },
    });
    expect(await factCounts("q=alpha or charlie or echo")).toEqual({
      takeHome: { none: 2 },
      onCall: { none: 1, "escalation-only": 1 },
      ownership: { greenfield: 2 },
      teamSize: { small: 1, large: 1 },
    });
    expect(await factCounts("q=alpha or charlie or echo&level=principal")).toEqual({
      takeHome: {},
      onCall: {},
      ownership: {},
      teamSize: {},
    });
    expect((await searchFacets(query("q=alpha or charlie or echo&level=principal"))).total).toBe(1);
  });

  it("leave out their own filter and keep the other facts' filters", async () => {
    expect(await factCounts("takeHome=none")).toEqual({
      takeHome: WHOLE_SET.takeHome,
      onCall: { none: 1, "escalation-only": 1 },
      ownership: { greenfield: 2 },
      teamSize: { small: 1, large: 1 },
    });
    expect(await factCounts("teamSize=medium&level=staff")).toEqual({
      takeHome: {},
      onCall: {},
      ownership: {},
      teamSize: { small: 1, medium: 1, large: 1 },
    });
    const both = await searchFacets(query("takeHome=none&level=principal"));
    expect(countsOf(both.facets.takeHome)).toEqual({ paid: 1 });
    expect(countsOf(both.facets.level)).toEqual({ staff: 2 });
    expect(both.total).toBe(0);
    // A fact filter alone leaves its own counts to the stored ones, like a level filter alone.
    const plan = facetPlan(query("takeHome=none"), { now: new Date(), tsquery: null });
    expect(plan.stored).toEqual(["takeHome"]);
    expect(plan.own).toEqual([]);
  });

  it("say how many results choosing that value gives, with the other filters kept", async () => {
    for (const qs of [
      "",
      "level=staff",
      "q=alpha or charlie or echo",
      "takeHome=none",
      "teamSize=medium,large&onCall=rotation",
      "ownership=greenfield&takeHome=paid",
    ]) {
      const base = query(qs);
      const { facets } = await searchFacets(base);
      for (const filter of FACT_FILTERS) {
        for (const option of filter.options) {
          const expected = (await titles({ ...base, [filter.name]: [option.value] })).length;
          const counted = facets[filter.name].find((f) => f.value === option.value)?.count ?? 0;
          expect(counted, `${qs} → ${filter.name}=${option.value}`).toBe(expected);
        }
      }
    }
  });
});
