import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { env } from "@/lib/env";
import { closeDb, db } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue";
import { refreshSearchFacets } from "@/server/jobs/handlers/refresh-search-facets";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { searchFacets, searchListings } from "@/server/search/search";
import { resetDatabase } from "../setup/db";
import { createCompany, createListing } from "../setup/factories";
import { waitForJobs } from "../setup/jobs";
import { startPgBouncer, type PgBouncer } from "../setup/pgbouncer";

// DATABASE_URL pointing at PgBouncer in transaction mode (decision 028). This file starts its own PgBouncer
// (Debian's `pgbouncer` package; without it the file fails, it does not pass quietly) in front of the test
// database and runs the app's data layer through it with DATABASE_PGBOUNCER=true. A whole run through
// PgBouncer: TEST_PGBOUNCER=1 (tests/setup/global-setup.ts).

const databaseUrl = inject("directUrl") ?? inject("databaseUrl");
let bouncer: PgBouncer;
const saved = { url: env.DATABASE_URL, pgbouncer: env.DATABASE_PGBOUNCER };

beforeAll(async () => {
  bouncer = await startPgBouncer(databaseUrl);
  await closeDb();
  env.DATABASE_URL = bouncer.url;
  env.DATABASE_PGBOUNCER = true;
  await resetDatabase();
});

afterAll(async () => {
  await stopJobRunner();
  await closeDb();
  env.DATABASE_URL = saved.url;
  env.DATABASE_PGBOUNCER = saved.pgbouncer;
  await bouncer.stop();
});

describe("through PgBouncer in transaction mode", () => {
  it("refuses the session timeouts as start-up parameters, which is why DATABASE_PGBOUNCER leaves them out", async () => {
    const client = new pg.Client({ connectionString: bouncer.url, statement_timeout: 1000 });
    await expect(client.connect()).rejects.toThrow(/unsupported startup parameter: statement_timeout/);
  });

  it("runs the data layer: writes, search with its transaction-local timeout, advisory transaction locks", async () => {
    const [row] = await db.$queryRaw<{ port: number }[]>`SELECT inet_server_port() AS port`;
    // The server's port, not PgBouncer's: the query went through the pooler to PostgreSQL.
    expect(new URL(bouncer.url).port).not.toBe(String(row!.port));
    const company = await createCompany();
    for (const title of ["Principal Kafka Architect", "Staff Postgres Architect"]) {
      await createListing(company.id, { title });
    }
    const query = searchParamsToQuery(new URLSearchParams("q=architect")).query;
    // Many statements at once over the pool, each on whichever server connection PgBouncer hands out.
    const results = await Promise.all(Array.from({ length: 8 }, () => searchListings(query)));
    for (const result of results) expect(result.items).toHaveLength(2);
    const facets = await searchFacets(query);
    expect(facets.total).toBe(2);
    // pg_advisory_xact_lock inside a transaction, twice at once: the second waits, neither fails. The one
    // that counted earlier stores nothing when the later one wrote first (refreshFacetCountsWith), so which
    // of the two wrote depends on timing; that one of them did, and the counts are there, does not.
    const refreshed = await Promise.all([refreshSearchFacets(), refreshSearchFacets()]);
    expect(refreshed.some((r) => r.rows > 0)).toBe(true);
    expect(await db.searchFacetCount.count()).toBeGreaterThan(0);
  });

  it("runs the job queue: pg-boss starts, takes a job and completes it", async () => {
    await startJobRunner({ schedules: false, pollingIntervalSeconds: 0.5 });
    expect(await enqueueJob("refresh-search-terms")).not.toBeNull();
    const [job] = await waitForJobs("refresh-search-terms");
    expect(job!.state).toBe("completed");
  });
});
