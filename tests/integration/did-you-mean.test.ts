import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { db } from "@/server/db";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { moveListing } from "@/server/listings/lifecycle";
import { approveListing } from "@/server/moderation/review";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { suggestSearchText } from "@/server/search/did-you-mean";
import { searchListings } from "@/server/search/search";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCompany, createLevel, createListing, createSkill } from "../setup/factories";
import { jobsNamed, waitForJobs } from "../setup/jobs";

// "Did you mean" on the real database: the vocabulary is filled by the refresh-search-terms job, which the
// lifecycle enqueues when the live set changes, and read with pg_trgm similarity.

function parse(qs: string) {
  const { query, errors } = searchParamsToQuery(new URLSearchParams(qs));
  expect(errors).toEqual([]);
  return query;
}

/** The suggestion for a search, after checking that the search itself finds nothing. */
async function suggestion(qs: string): Promise<string | null> {
  const query = parse(qs);
  expect((await searchListings(query)).items, `"${qs}" should find nothing`).toEqual([]);
  return suggestSearchText(query);
}

async function refreshedAfter(change: () => Promise<unknown>) {
  const before = (await jobsNamed("refresh-search-terms")).length;
  await change();
  const jobs = await waitForJobs("refresh-search-terms");
  expect(jobs.length).toBeGreaterThan(before);
  expect(jobs.every((job) => job.state === "completed")).toBe(true);
}

let closable: { id: string };

beforeAll(async () => {
  await resetDatabase();
  await startJobRunner({ schedules: false, pollingIntervalSeconds: 0.5 });
  const staff = await createLevel({ slug: "staff", name: "Staff" });
  const principal = await createLevel({ slug: "principal", name: "Principal" });
  const kafka = await createSkill({ slug: "kafka", name: "Kafka" });
  const postgres = await createSkill({ slug: "postgresql", name: "PostgreSQL" });
  const tallymark = await createCompany({ name: "Tallymark" });
  const wardline = await createCompany({ name: "Wardline" });
  const skills = (...list: { id: string }[]) => ({ create: list.map((s) => ({ skillId: s.id })) });

  await createListing(tallymark.id, { title: "Payments Architect", levelId: staff.id, skills: skills(kafka) });
  await createListing(wardline.id, { title: "Clinical Records Architect", levelId: principal.id, skills: skills(postgres) });
  closable = await createListing(wardline.id, { title: "Observability Lead", levelId: principal.id });
  // Never live: its words must not be suggested.
  await createListing(wardline.id, { title: "Zookeeper Specialist", status: "PENDING_REVIEW", levelId: staff.id });
  const pending = await createListing(tallymark.id, {
    title: "Settlement Engineer",
    status: "PENDING_REVIEW",
    levelId: staff.id,
  });

  // The approval changes the live set; the lifecycle enqueues the refresh, and the runner does it.
  await refreshedAfter(async () => approveListing((await createAdmin()).actor, pending.id));
});

afterAll(() => stopJobRunner());

describe("did you mean", () => {
  it("corrects a misspelt skill", async () => {
    expect(await suggestion("q=kafak")).toBe("kafka");
    expect(await suggestion("q=postgresqk")).toBe("postgresql");
  });

  it("corrects a misspelt company name", async () => {
    expect(await suggestion("q=talymark")).toBe("tallymark");
    expect(await suggestion("q=wardlnie")).toBe("wardline");
  });

  it("corrects each unknown word of several, keeping the known ones and the search syntax", async () => {
    expect(await suggestion("q=Kafak+Paymnets")).toBe("kafka payments");
    expect(await suggestion("q=" + encodeURIComponent('"paymnets architect" -wardline'))).toBe('"payments architect" -wardline');
    // A word the search excludes is never the reason it found nothing: left alone.
    expect(await suggestion("q=" + encodeURIComponent("kafak -zzzzqqq"))).toBe("kafka -zzzzqqq");
  });

  it("suggests nothing for a word that resembles no term", async () => {
    expect(await suggestion("q=xylophone")).toBeNull();
    // One unknown word without a replacement: no half-corrected search.
    expect(await suggestion("q=kafak+xylophone")).toBeNull();
  });

  it("suggests nothing when every word is known, even when the search finds nothing", async () => {
    // Kafka exists, but not at the principal level: a filter empties this search, not a typo.
    expect(await suggestion("q=kafka&level=principal")).toBeNull();
    // Known by its stem: "architects" is "architect".
    expect(await suggestion("q=architects&level=principal&skill=kafka")).toBeNull();
  });

  it("suggests nothing whose search, with the same filters, would find nothing either", async () => {
    expect(await suggestion("q=kafak&level=principal")).toBeNull();
    expect(await suggestion("q=kafak&level=staff")).toBe("kafka");
  });

  it("knows only live listings' words, and forgets a listing's words once it ends", async () => {
    expect(await suggestion("q=zookeepr")).toBeNull();
    expect(await suggestion("q=settlment")).toBe("settlement");
    expect(await suggestion("q=observabilty")).toBe("observability");

    await refreshedAfter(() => moveListing("expire", { listingId: closable.id, actor: SYSTEM_ACTOR }));

    expect(await suggestion("q=observabilty")).toBeNull();
    expect(await db.searchTerm.findUnique({ where: { term: "observability" } })).toBeNull();
  });

  it("takes any text the search accepts without failing", async () => {
    for (const q of ["ü".repeat(200), "a b c", "123456 9999", "ö-ä ß 漢字テスト", "-kafak", "'; DROP TABLE x; --", "%_\\"]) {
      const query = parse(`q=${encodeURIComponent(q)}`);
      expect(await suggestSearchText(query)).toBeNull();
    }
  });
});
