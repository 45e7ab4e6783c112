import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR } from "../../scripts/db/migration-files";
import { migrate } from "../../scripts/db/migrate";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/db/test-database";
import { readTestServerUrl } from "../setup/test-server-url";

// Migrations that add structure to existing rows must carry those rows along. Each test migrates a
// database up to just before one migration, writes rows the way the older schema allowed, then applies
// the rest and checks what the migration made of them.

const quiet = { log: () => undefined };

async function migrateUpTo(url: string, before: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "backplane-migrations-upto-"));
  try {
    for (const name of (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((n) => n < before && !n.endsWith(".toml"))) {
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    }
    await migrate(url, { ...quiet, migrationsDir: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A company, a level and published listings with these ids, written as the older schemas allow. */
async function insertPublishedListings(url: string, ids: string[]) {
  await sql(url, `INSERT INTO "Company" (id, slug, name, "updatedAt") VALUES ('c1', 'c1', 'C1', now())`);
  await sql(
    url,
    `INSERT INTO "SeniorityLevel" (id, slug, name, rank, "typicalYearsMin", scope, "changeFromBelow") VALUES ('l1', 'staff', 'Staff', 1, 8, 's', 'c')`,
  );
  await sql(
    url,
    `INSERT INTO "Listing" (id, slug, "companyId", "levelId", title, description, status, "salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "annualUsdMin", "annualUsdMax", worldwide, "visaPolicy", "engagementModel", "updatedAt")
     SELECT id, id, 'c1', 'l1', 'T', 'D', 'PUBLISHED', 1, 2, 'USD', 'YEAR', 1, 2, true, 'NOT_REQUIRED', 'EMPLOYEE', now() FROM unnest($1::text[]) AS id`,
    [ids],
  );
}

describe("the application_events migration", () => {
  let database: ThrowawayDatabase;
  beforeAll(async () => {
    database = await createThrowawayDatabase(readTestServerUrl());
  });
  afterAll(() => database?.drop());

  it("gives every existing application a timeline ending at its current status", async () => {
    const url = database.url;
    await migrateUpTo(url, "20261202050000_application_events");
    await sql(
      url,
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('u1', 'a@example.test', 'A', 'CANDIDATE', now()), ('u2', 'b@example.test', 'B', 'CANDIDATE', now())`,
    );
    await insertPublishedListings(url, ["li1"]);
    await sql(
      url,
      `INSERT INTO "Application" (id, "listingId", "candidateId", status, "coverNote", "createdAt", "updatedAt")
       VALUES ('a-new', 'li1', 'u1', 'NEW', 'n', '2026-11-01', '2026-11-01'),
              ('a-interview', 'li1', 'u2', 'INTERVIEW', 'n', '2026-11-01', '2026-11-05')`,
    );

    await migrate(url, quiet);

    const events = await sql<{ applicationId: string; fromStatus: string | null; toStatus: string; actorKind: string }>(
      url,
      `SELECT "applicationId", "fromStatus"::text, "toStatus"::text, "actorKind"::text FROM "ApplicationEvent" ORDER BY "applicationId", "createdAt"`,
    );
    expect(events).toEqual([
      { applicationId: "a-interview", fromStatus: null, toStatus: "NEW", actorKind: "CANDIDATE" },
      { applicationId: "a-interview", fromStatus: "NEW", toStatus: "INTERVIEW", actorKind: "COMPANY" },
      { applicationId: "a-new", fromStatus: null, toStatus: "NEW", actorKind: "CANDIDATE" },
    ]);
    const responded = await sql<{ id: string; respondedAt: string | null }>(
      url,
      `SELECT id, "respondedAt"::text AS "respondedAt" FROM "Application" ORDER BY id`,
    );
    expect(responded).toEqual([
      { id: "a-interview", respondedAt: "2026-11-05 00:00:00" },
      { id: "a-new", respondedAt: null },
    ]);
  });
});

describe("the company profile migration", () => {
  let database: ThrowawayDatabase;
  beforeAll(async () => {
    database = await createThrowawayDatabase(readTestServerUrl());
  });
  afterAll(() => database?.drop());

  it("keeps every remote policy text and maps known wordings to the structured model", async () => {
    const url = database.url;
    await migrateUpTo(url, "20261204110000_company_profile_and_listing_views");
    await sql(
      url,
      `INSERT INTO "Company" (id, slug, name, "remotePolicy", "updatedAt") VALUES
         ('c-full', 'c-full', 'A', 'Fully remote, async by default.', now()),
         ('c-first', 'c-first', 'B', 'Remote-first across Europe; two offsites a year.', now()),
         ('c-hybrid', 'c-hybrid', 'C', 'Hybrid: Berlin office twice a week', now()),
         ('c-other', 'c-other', 'D', 'We mostly work from home.', now()),
         ('c-none', 'c-none', 'E', NULL, now())`,
    );

    await migrate(url, quiet);

    const rows = await sql<{ id: string; remotePolicy: string | null; remoteModel: string | null; meetingStyle: string | null }>(
      url,
      `SELECT id, "remotePolicy", "remoteModel"::text AS "remoteModel", "meetingStyle"::text AS "meetingStyle" FROM "Company" ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: "c-first",
        remotePolicy: "Remote-first across Europe; two offsites a year.",
        remoteModel: "REMOTE_FIRST",
        meetingStyle: null,
      },
      {
        id: "c-full",
        remotePolicy: "Fully remote, async by default.",
        remoteModel: "FULLY_REMOTE",
        meetingStyle: "MOSTLY_ASYNC",
      },
      { id: "c-hybrid", remotePolicy: "Hybrid: Berlin office twice a week", remoteModel: "HYBRID", meetingStyle: null },
      { id: "c-none", remotePolicy: null, remoteModel: null, meetingStyle: null },
      { id: "c-other", remotePolicy: "We mostly work from home.", remoteModel: null, meetingStyle: null },
    ]);
  });
});

describe("the listing skill ids migration", () => {
  let database: ThrowawayDatabase;
  beforeAll(async () => {
    database = await createThrowawayDatabase(readTestServerUrl());
  });
  afterAll(() => database?.drop());

  const skillState = (url: string) =>
    sql<{ id: string; skillIds: string[]; words: string }>(
      url,
      `SELECT id, "skillIds", coalesce(array_to_string(tsvector_to_array("searchVector"), ' '), '') AS words FROM "Listing" ORDER BY id`,
    );

  it("copies existing skills onto their listings, then keeps the copy and the search text in step", async () => {
    const url = database.url;
    await migrateUpTo(url, "20261205090000_listing_skill_ids");
    await sql(
      url,
      `INSERT INTO "Skill" (id, slug, name, category) VALUES ('s-kafka', 'kafka', 'Kafka', 'MESSAGING'), ('s-go', 'go', 'Golang', 'LANGUAGE'), ('s-rust', 'rust', 'Rustlang', 'LANGUAGE')`,
    );
    await insertPublishedListings(url, ["li1", "li2"]);
    await sql(url, `INSERT INTO "ListingSkill" ("listingId", "skillId") VALUES ('li1', 's-kafka'), ('li1', 's-go')`);

    await migrate(url, quiet);
    expect((await skillState(url)).map(({ id, skillIds }) => ({ id, skillIds }))).toEqual([
      { id: "li1", skillIds: ["s-go", "s-kafka"] },
      { id: "li2", skillIds: [] },
    ]);

    // Every kind of change to ListingSkill, each in one statement, as the app and scripts write them.
    await sql(url, `DELETE FROM "ListingSkill" WHERE "listingId" = 'li1' AND "skillId" = 's-go'`);
    await sql(url, `INSERT INTO "ListingSkill" ("listingId", "skillId") VALUES ('li1', 's-rust'), ('li2', 's-go')`);
    await sql(url, `UPDATE "ListingSkill" SET "listingId" = 'li2' WHERE "listingId" = 'li1' AND "skillId" = 's-kafka'`);
    const after = await skillState(url);
    expect(after.map(({ id, skillIds }) => ({ id, skillIds }))).toEqual([
      { id: "li1", skillIds: ["s-rust"] },
      { id: "li2", skillIds: ["s-go", "s-kafka"] },
    ]);
    // The search text follows the same changes (the trigger replaced the search migration's own).
    expect(after[0]!.words).toContain("rustlang");
    expect(after[0]!.words).not.toContain("golang");
    expect(after[1]!.words).toContain("golang");
    expect(after[1]!.words).toContain("kafka");

    await sql(url, `DELETE FROM "ListingSkill"`);
    expect((await skillState(url)).map((r) => r.skillIds)).toEqual([[], []]);
  });
});
