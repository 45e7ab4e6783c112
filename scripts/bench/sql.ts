import type pg from "pg";
import { searchParamsToQuery } from "../../src/lib/schemas/search";
import { tsquerySql, type SearchContext } from "../../src/server/search/filters";
import {
  facetPlan,
  facetPlanSql,
  liveFacetCountsSql,
  pageSql,
  writeFacetCountsSql,
  type StoredFacetRow,
} from "../../src/server/search/query-sql";
import { median, ms, percentile, table } from "./stats";

// Times the exact SQL the app runs for a fixed set of searches (src/server/search/query-sql.ts) and
// prints each one's plan. Facet counts are timed apart, uncached (the app caches them): the statements
// searchFacets runs for the query (stored counts, windowed counts, capped total), one after another,
// after the background refresh of the stored counts (timed once) has filled SearchFacetCount.

const SEARCHES: { name: string; params: string }[] = [
  { name: "broad: every live role, newest", params: "" },
  { name: "broad text: kafka, by relevance", params: "q=kafka" },
  { name: "broad text by pay: architect", params: "q=architect&sort=pay" },
  { name: "narrow: a rare word + level + pay floor", params: "q=nimbus7&level=staff&minPay=200000" },
  {
    name: "filter-heavy: DE + Berlin + levels + skills(all) + pay + engagement + posted",
    params:
      "country=DE&tz=Europe/Berlin&level=staff&level=principal&skill=kafka&skill=postgresql&skillMatch=all&minPay=200000&engagement=employee&postedWithinDays=14&sort=pay",
  },
  { name: "eligibility only: IN + Asia/Kolkata", params: "country=IN&tz=Asia/Kolkata" },
  { name: "no match: unknown word", params: "q=zzyzxquokka" },
  { name: "no match: pay floor above every range", params: "minPay=5000000" },
  {
    name: "no match: filters that exclude each other",
    params: "country=JP&tz=Pacific/Honolulu&level=head&minPay=340000&engagement=contractor&visa=will-sponsor&postedWithinDays=1",
  },
];

type Timed = { name: string; p50: number; p95: number; rows: number };

async function timeQuery(
  client: pg.Client,
  text: string,
  values: unknown[],
  runs: number,
): Promise<{ samples: number[]; rows: number }> {
  let rows = 0;
  for (let i = 0; i < 3; i++) await client.query(text, values); // warm caches and plans
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = (await client.query(text, values)).rowCount ?? 0;
    samples.push(performance.now() - started);
  }
  return { samples, rows };
}

function context(q: string | undefined): SearchContext {
  return { now: new Date(), tsquery: tsquerySql(q) };
}

export async function benchSql(
  client: pg.Client,
  runs: number,
  showPlans: boolean,
): Promise<{ pages: Timed[]; facets: Timed[] }> {
  const pages: Timed[] = [];
  const facets: Timed[] = [];
  // What the "refresh-search-facets" job does after each change to the live set, in the background.
  const refreshStarted = performance.now();
  const refreshedAt = new Date();
  const counted = await client.query<StoredFacetRow>(
    liveFacetCountsSql(refreshedAt).text,
    liveFacetCountsSql(refreshedAt).values,
  );
  await client.query("BEGIN");
  for (const sql of writeFacetCountsSql(refreshedAt, counted.rows)) await client.query(sql.text, sql.values);
  await client.query("COMMIT");
  console.log(`\nRefreshed the stored facet counts (the background job) in ${ms(performance.now() - refreshStarted)}`);
  for (const search of SEARCHES) {
    const { query } = searchParamsToQuery(new URLSearchParams(search.params));
    const ctx = context(query.q);
    const page = pageSql(query, ctx, null);
    const timed = await timeQuery(client, page.text, page.values, runs);
    pages.push({ name: search.name, p50: median(timed.samples), p95: percentile(timed.samples, 95), rows: timed.rows });
    if (showPlans) {
      const plan = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS OFF, TIMING OFF, SUMMARY ON) ${page.text}`,
        page.values,
      );
      console.log(
        `\n-- plan: ${search.name} (${search.params || "no parameters"})\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`,
      );
    }
    const plan = facetPlanSql(facetPlan(query, ctx), query, ctx);
    const statements = [plan.stored, plan.shared, ...plan.own, plan.cappedTotal].filter((sql) => sql !== null);
    const facetSamples: number[] = [];
    for (let i = 0; i < Math.max(5, Math.floor(runs / 4)); i++) {
      const started = performance.now();
      for (const sql of statements) await client.query(sql.text, sql.values);
      facetSamples.push(performance.now() - started);
    }
    facets.push({ name: search.name, p50: median(facetSamples), p95: percentile(facetSamples, 95), rows: 5 });
  }
  return { pages, facets };
}

export function printSql(result: { pages: Timed[]; facets: Timed[] }, runs: number) {
  console.log(`\nSQL, one results page (${runs} runs each after 3 warm-ups; target p95 <= 20 ms)`);
  console.log(
    table(
      ["search", "rows", "p50", "p95", "target"],
      result.pages.map((t) => [t.name, String(t.rows), ms(t.p50), ms(t.p95), t.p95 <= 20 ? "met" : "MISSED"]),
    ),
  );
  console.log("\nSQL, the facet counts of the same searches, uncached, run one after another (target p95 <= 100 ms)");
  console.log(
    table(
      ["search", "p50", "p95", "target"],
      result.facets.map((t) => [t.name, ms(t.p50), ms(t.p95), t.p95 <= 100 ? "met" : "MISSED"]),
    ),
  );
}
