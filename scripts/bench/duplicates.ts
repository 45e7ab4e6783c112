// npx tsx scripts/bench/duplicates.ts [--listings 100000 --runs 3 --plan]
//
// The near-duplicate query (src/server/moderation/duplicates-sql.ts, decision 027): what it costs for one
// pending listing (what the job check-near-duplicates runs per listing) and for a full queue page of 20
// (what the queue used to run on every load), against N generated listings (the demo seed plus
// scripts/bench/load.ts), 20 of which are turned into pending near-copies. Then what the queue runs now:
// the stored matches of those 20 read back (storedDuplicatesSql, decision 033). A database of its own
// (TEST_DATABASE_URL's server, or PGlite). Prints figures; passes or fails nothing.
import pg from "pg";
import { seedDatabase } from "../../prisma/seed/index";
import { nearDuplicatesSql, storedDuplicatesSql } from "../../src/server/moderation/duplicates-sql";
import { migrate } from "../db/migrate";
import { createThrowawayDatabase } from "../db/test-database";
import { option } from "./args";
import { loadListings } from "./load";
import { median, ms, percentile, table } from "./stats";
import { timed } from "./timing";

async function main() {
  const listings = option("listings", 100_000);
  const runs = option("runs", 3);
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL || undefined);
  try {
    console.log(`Database: ${database.embedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)}`);
    await migrate(database.url, { log: () => {} });
    await seedDatabase(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await loadListings(client, listings);
      // Twenty generated listings become pending near-copies (a few words changed), spread over the table.
      const { rows: pending } = await client.query<{ id: string }>(`
        UPDATE "Listing" SET "status" = 'PENDING_REVIEW', "submittedAt" = now() AT TIME ZONE 'UTC',
               "description" = replace(replace("description", 'platform', 'system'), 'We ', 'Our team ')
         WHERE "id" IN (SELECT "id" FROM "Listing" WHERE "slug" LIKE 'bench-%' ORDER BY "id" LIMIT 20 OFFSET 1000)
        RETURNING "id"`);
      await client.query("ANALYZE");
      const { rows: counts } = await client.query<{ all: number; live: number }>(
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE "status" = 'PUBLISHED')::int AS live FROM "Listing"`,
      );
      console.log(
        `${counts[0]!.all.toLocaleString("en-US")} listings (${counts[0]!.live.toLocaleString("en-US")} published), ${pending.length} pending near-copies`,
      );
      const since = new Date(Date.now() - 30 * 86_400_000);
      const ids = pending.map((p) => p.id);
      const out: string[][] = [];
      for (const [name, batch] of [
        ["one pending listing", ids.slice(0, 1)],
        ["a queue of 20", ids],
      ] as const) {
        const sql = nearDuplicatesSql([...batch], since);
        let rows = 0;
        let alike = 0;
        const samples = await timed(runs, async () => {
          const result = await client.query<{ similarity: number }>(sql.text, sql.values);
          rows = result.rows.length;
          alike = result.rows.filter((r) => r.similarity >= 0.6).length;
        });
        out.push([name, String(rows), String(alike), ms(median(samples)), ms(percentile(samples, 95))]);
        // Printed as each finishes: at 100,000 listings one run of the queue takes many seconds.
        console.log(`${name}: p50 ${ms(median(samples))}`);
      }
      // Store what the job would (its thresholds, one listing per run) so the queue's read has rows to join.
      let stored = 0;
      for (const id of ids) {
        const sql = nearDuplicatesSql([id], since);
        const { rows } = await client.query<{ id: string; similarity: number }>(sql.text, sql.values);
        const alike = rows.filter((r) => r.similarity >= 0.6);
        await client.query("BEGIN");
        for (const r of alike) {
          await client.query(
            `INSERT INTO "ListingDuplicateMatch" ("pendingListingId", "matchedListingId", "similarity", "repost", "computedAt")
             VALUES ($1, $2, $3, false, now()) ON CONFLICT DO NOTHING`,
            [id, r.id, r.similarity],
          );
        }
        await client.query(
          `INSERT INTO "ListingDuplicateCheck" ("listingId", "listingUpdatedAt", "checkedAt")
           SELECT "id", "updatedAt", now() FROM "Listing" WHERE "id" = $1`,
          [id],
        );
        await client.query("COMMIT");
        stored += alike.length;
      }
      await client.query("ANALYZE");
      const read = storedDuplicatesSql(ids);
      let readRows = 0;
      const readSamples = await timed(Math.max(runs, 5), async () => {
        readRows = (await client.query(read.text, read.values)).rows.length;
      });
      out.push([
        `queue of 20, stored (${stored} matches)`,
        String(readRows),
        "—",
        ms(median(readSamples)),
        ms(percentile(readSamples, 95)),
      ]);
      console.log(
        `\n${table(["near-duplicate query", "candidates", "≥ 0.6 alike", "p50", "p95"], out)}\n(${runs} runs each; the stored read ${Math.max(runs, 5)})`,
      );
      if (process.argv.includes("--plan")) {
        const sql = nearDuplicatesSql(ids.slice(0, 1), since);
        const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
        console.log(`\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
