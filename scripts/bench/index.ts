// npm run bench [-- --listings 100000 --runs 40 --http-runs 3 --duration 10 --no-http --no-plans --reuse-build
//                   --lighthouse]
//
// A database of its own (on TEST_DATABASE_URL's server, or an embedded PGlite), migrated, seeded with the
// demo data plus N generated listings; then SQL timings for a fixed set of searches with their plans,
// and HTTP load (autocannon) against `next start` for the public pages beside a static route, each
// anonymously and signed in as a seeded candidate, plus each page's bytes and the compressed JavaScript it
// ships. --lighthouse adds Lighthouse's mobile audit of home, /jobs and a listing (CHROME_PATH, default
// /usr/bin/chromium; `npm run bench:lighthouse` runs it without the load test). The database is dropped
// however the run ends. Not part of `npm test`: it measures, it does not pass or fail.
import os from "node:os";
import pg from "pg";
import { migrate } from "../db/migrate";
import { seedDatabase } from "../../prisma/seed/index";
import { createThrowawayDatabase } from "../db/test-database";
import { option } from "./args";
import { benchHttp } from "./http";
import { loadListings } from "./load";
import { benchSql, printSql } from "./sql";

const flag = (name: string) => process.argv.includes(`--${name}`);

async function main() {
  const listings = option("listings", 100_000);
  const runs = option("runs", 40);
  console.log(
    `Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}`,
  );
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL || undefined);
  const stop = () => void database.drop().finally(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    console.log(
      `Database: ${database.embedded ? "embedded PGlite (about 3x slower than a server)" : new URL(database.url).pathname.slice(1)}`,
    );
    let started = performance.now();
    await migrate(database.url, { log: () => {} });
    await seedDatabase(database.url);
    console.log(`Migrated and seeded the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      started = performance.now();
      await loadListings(client, listings);
      const { rows } = await client.query<{ live: number; all: number }>(
        `SELECT count(*) FILTER (WHERE "status" = 'PUBLISHED' AND "expiresAt" > now() AT TIME ZONE 'UTC')::int AS live, count(*)::int AS all FROM "Listing"`,
      );
      console.log(
        `Loaded ${listings.toLocaleString("en-US")} generated listings in ${((performance.now() - started) / 1000).toFixed(1)} s; ${rows[0]!.all.toLocaleString("en-US")} in all, ${rows[0]!.live.toLocaleString("en-US")} live`,
      );
      const sql = await benchSql(client, runs, !flag("no-plans"));
      printSql(sql, runs);
    } finally {
      await client.end();
    }

    if (!flag("no-http") || flag("lighthouse")) {
      await benchHttp({
        databaseUrl: database.url,
        embedded: database.embedded,
        runs: option("http-runs", 3),
        durationSeconds: option("duration", 10),
        reuseBuild: flag("reuse-build"),
        http: !flag("no-http"),
        lighthouse: flag("lighthouse"),
      });
    }
  } finally {
    await database.drop();
    console.log("\nDropped the benchmark database.");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
