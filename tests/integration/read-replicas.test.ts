import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { migrate } from "../../scripts/db/migrate";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/db/test-database";
import { wantsPrimary } from "../../server/read-primary.mjs";
import { env, parseEnv } from "@/lib/env";
import { closeDb, db } from "@/server/db";
import { noteWrite, pinReadsToPrimary, readDb } from "@/server/db-read";
import { findApiJob } from "@/server/api/jobs";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { searchListings } from "@/server/search/search";
import { runWithRequestId } from "@/server/runtime/request-context";
import { resetDatabase } from "../setup/db";
import { createCompany, createListing } from "../setup/factories";
import { readTestServerUrl } from "../setup/test-server-url";

// Read replicas (src/server/db-read.ts, decision 028): a second throwaway database stands in as the
// replica, with the same schema and different content (the same slug, another title), so each read shows
// which database answered it.

const SLUG = "staff-architect-replica-test";
let replica: ThrowawayDatabase;
const primaryUrl = env.DATABASE_URL!;

/** Runs factories against another database: the process's primary is that database meanwhile. */
async function onDatabase(url: string, work: () => Promise<void>): Promise<void> {
  await closeDb();
  env.DATABASE_URL = url;
  try {
    await work();
  } finally {
    await closeDb();
    env.DATABASE_URL = primaryUrl;
  }
}

async function seedListing(title: string): Promise<void> {
  const company = await createCompany();
  await createListing(company.id, { slug: SLUG, title });
}

function useReplica(on: boolean) {
  env.DATABASE_REPLICA_URLS = on ? [replica.url] : undefined;
}

async function answeringDatabase(): Promise<string> {
  const [row] = await readDb().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  return row!.name;
}

async function searchTitles(params = ""): Promise<string[]> {
  const result = await searchListings(searchParamsToQuery(new URLSearchParams(params)).query);
  return result.items.map((item) => item.title);
}

const nameOf = (url: string) => new URL(url).pathname.slice(1);

beforeAll(async () => {
  replica = await createThrowawayDatabase(readTestServerUrl());
  await migrate(replica.url, { log: () => undefined });
  await onDatabase(replica.url, () => seedListing("Replica copy of the role"));
});

afterAll(async () => {
  useReplica(false);
  await closeDb();
  await replica.drop();
});

beforeEach(async () => {
  useReplica(false);
  await closeDb();
  await resetDatabase();
  await seedListing("Primary copy of the role");
  // No write of this test's setup may pin the reads below.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 60_000);
  return () => vi.useRealTimers();
});

describe("read replicas", () => {
  it("reads the primary when no replica is configured", async () => {
    expect(readDb()).toBe(db);
    expect(await searchTitles()).toEqual(["Primary copy of the role"]);
  });

  it("sends search, listing and API reads to the replica, and writes to the primary", async () => {
    useReplica(true);
    expect(await answeringDatabase()).toBe(nameOf(replica.url));
    expect(await searchTitles("q=replica")).toEqual(["Replica copy of the role"]);
    expect((await findApiJob(SLUG))?.title).toBe("Replica copy of the role");

    // `db` stays the primary for everything else (sessions, actions, jobs).
    await db.listing.updateMany({ where: { slug: SLUG }, data: { title: "Primary, renamed" } });
    expect(await db.listing.findFirst({ where: { slug: SLUG }, select: { title: true } })).toEqual({
      title: "Primary, renamed",
    });
    expect(await searchTitles()).toEqual(["Replica copy of the role"]);
  });

  it("reads the primary in a request marked by the read-your-writes cookie", async () => {
    useReplica(true);
    await runWithRequestId("marked", async () => {
      const { currentRequestContext } = await import("@/server/runtime/request-context");
      currentRequestContext()!.readPrimary = wantsPrimary("theme=dark; backplane-read-primary=1");
      expect(await answeringDatabase()).toBe(nameOf(primaryUrl));
      expect(await searchTitles()).toEqual(["Primary copy of the role"]);
    });
    await runWithRequestId("unmarked", async () => {
      expect(await answeringDatabase()).toBe(nameOf(replica.url));
    });
  });

  it("after a mutation reads the primary in that request and, for the pin time, in this process", async () => {
    useReplica(true);
    await runWithRequestId("the-action", async () => {
      await pinReadsToPrimary();
      expect(await answeringDatabase()).toBe(nameOf(primaryUrl));
    });
    // Another visitor's request right after it: this process may be refilling a cache the write expired.
    await runWithRequestId("another-visitor", async () => {
      expect(await answeringDatabase()).toBe(nameOf(primaryUrl));
    });
    vi.setSystemTime(Date.now() + env.DATABASE_REPLICA_PIN_SECONDS * 1000 - 100);
    expect(await answeringDatabase()).toBe(nameOf(primaryUrl));
    vi.setSystemTime(Date.now() + 200);
    expect(await answeringDatabase()).toBe(nameOf(replica.url));

    noteWrite(); // what expiring a cache tag does (src/server/cache/expire.ts)
    expect(await answeringDatabase()).toBe(nameOf(primaryUrl));
  });
});

describe("the read-your-writes cookie", () => {
  it("is recognised only by its exact name", () => {
    expect(wantsPrimary("backplane-read-primary=1")).toBe(true);
    expect(wantsPrimary("a=b;backplane-read-primary=1; c=d")).toBe(true);
    expect(wantsPrimary("xbackplane-read-primary=1")).toBe(false);
    expect(wantsPrimary("a=backplane-read-primary=1")).toBe(false);
    expect(wantsPrimary(undefined)).toBe(false);
  });
});

describe("DATABASE_REPLICA_URLS", () => {
  it("is a comma-separated list of PostgreSQL URLs, off when empty", () => {
    expect(parseEnv({ DATABASE_REPLICA_URLS: "postgres://r1/app, postgresql://r2:6432/app" }).DATABASE_REPLICA_URLS).toEqual([
      "postgres://r1/app",
      "postgresql://r2:6432/app",
    ]);
    expect(parseEnv({ DATABASE_REPLICA_URLS: "" }).DATABASE_REPLICA_URLS).toBeUndefined();
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: "postgres://r1/app,http://r2/app" })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => parseEnv({ DATABASE_REPLICA_PIN_SECONDS: "0" })).toThrow(/DATABASE_REPLICA_PIN_SECONDS/);
  });
});
