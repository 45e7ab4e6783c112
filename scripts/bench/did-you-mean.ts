// npx tsx scripts/bench/did-you-mean.ts [--listings 100000 --runs 30]
//
// "Did you mean" (docs/decisions/013-did-you-mean.md): what the SearchTerm vocabulary costs to rebuild,
// what a lookup in it costs, and what the same lookup costs computed from the listings on every request
// (the alternative to the table). A database of its own (TEST_DATABASE_URL's server, or PGlite), the demo
// seed plus N generated listings (scripts/bench/load.ts). Prints figures; passes or fails nothing.
import pg from "pg";
import { connectSeedClient } from "../../prisma/seed/client";
import { seedDatabase } from "../../prisma/seed/index";
import { searchWords } from "../../src/lib/search-words";
import { correctionsSql, refreshSearchTermsWith } from "../../src/server/search/terms-sql";
import { migrate } from "../db/migrate";
import { createThrowawayDatabase } from "../db/test-database";
import { option } from "./args";
import { loadListings } from "./load";
import { median, ms, percentile, table } from "./stats";
import { timed } from "./timing";

const QUERIES = ["kafak", "paymnets architekt", "obsevability", "postgress", "kubernetis", "xylophone"];

// The alternative: the same words gathered from the live listings inside the query, no table, no index.
const ON_THE_FLY = `
  WITH live AS (
    SELECT l."id", l."title", c."name" AS company
      FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
     WHERE l."status" = 'PUBLISHED' AND l."expiresAt" > now() AT TIME ZONE 'UTC' AND c."status" = 'ACTIVE'
  ), texts AS (
    SELECT lower("title") AS text, count(*) AS n FROM live GROUP BY 1
    UNION ALL SELECT lower(company), count(*) FROM live GROUP BY 1
    UNION ALL SELECT lower(s."name"), count(*)
      FROM live JOIN "ListingSkill" ls ON ls."listingId" = live."id" JOIN "Skill" s ON s."id" = ls."skillId" GROUP BY 1
  ), terms AS (
    SELECT w.term, sum(t.n) AS listings
      FROM texts t, regexp_split_to_table(t.text, '[^[:alnum:]]+') AS w(term)
     WHERE length(w.term) BETWEEN 3 AND 40
     GROUP BY w.term
  )
  SELECT q.ord, best.term
    FROM unnest($1::text[]) WITH ORDINALITY AS q(word, ord)
    LEFT JOIN LATERAL (
      SELECT t.term FROM terms t WHERE t.term % q.word
       ORDER BY similarity(t.term, q.word) DESC, t.listings DESC, t.term LIMIT 1
    ) best ON true`;

async function main() {
  const listings = option("listings", 100_000);
  const runs = option("runs", 30);
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL || undefined);
  try {
    console.log(`Database: ${database.embedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)}`);
    await migrate(database.url, { log: () => {} });
    await seedDatabase(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await loadListings(client, listings);
      await client.query("ANALYZE");
      const { rows } = await client.query<{ live: number }>(
        `SELECT count(*)::int AS live FROM "Listing" WHERE "status" = 'PUBLISHED' AND "expiresAt" > now() AT TIME ZONE 'UTC'`,
      );
      console.log(`${listings.toLocaleString("en-US")} generated listings loaded; ${rows[0]!.live.toLocaleString("en-US")} live`);

      const seed = await connectSeedClient(database.url);
      let terms = 0;
      const refresh = await timed(3, async () => {
        terms = (await refreshSearchTermsWith(seed)).terms;
      });
      await seed.$disconnect();
      await client.query(`ANALYZE "SearchTerm"`);
      console.log(`\nRebuilding the vocabulary (${terms.toLocaleString("en-US")} terms), 3 runs: median ${ms(median(refresh))}`);

      const out: string[][] = [];
      for (const q of QUERIES) {
        const words = searchWords(q).map((w) => w.word);
        const sql = correctionsSql(words);
        let answer = "";
        const table_ = await timed(runs, async () => {
          const result = await client.query<{ term: string | null }>(sql.text, sql.values);
          answer = result.rows.map((r) => r.term ?? "—").join(" ");
        });
        const onTheFly = await timed(Math.min(runs, 5), () => client.query(ON_THE_FLY, [words]));
        out.push([q, answer, ms(median(table_)), ms(percentile(table_, 95)), ms(median(onTheFly))]);
      }
      console.log(
        `\n${table(["query", "closest terms", "table p50", "table p95", "from listings p50"], out)}\n(table: ${runs} runs each; from listings: ${Math.min(runs, 5)} runs each)`,
      );
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
