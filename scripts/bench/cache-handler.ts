// `npx tsx scripts/bench/cache-handler.ts`: what the Redis cache handler (server/cache-handler.mjs, decision
// 028) costs one instance. Serves one listing page from an existing production build (run `next build`
// first) with Next's in-process cache and then with REDIS_URL set, alternating, each on a freshly started
// `npm start`: req/s under load (32 connections) and p50/p99 of one connection at a time. Uses a throwaway
// database (TEST_DATABASE_URL's server, or embedded PGlite) with the demo data, and a Redis database of
// its own (BENCH_REDIS_URL, default redis://127.0.0.1:6379 with a random database number), emptied after.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { Redis } from "ioredis";
import { seedDatabase } from "../../prisma/seed/index";
import { migrate } from "../db/migrate";
import { createThrowawayDatabase } from "../db/test-database";
import { liveListingSlug, stop, waitReady } from "./instance";
import { ms, percentile, table } from "./stats";
import { underLoad } from "./timing";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

type Mode = "in-process" | "redis";
type Measured = { rps: number; p50: number; p99: number; bad: number };

async function measure(path: string, connections: number, seconds: number): Promise<Measured> {
  const { rps, latencies, bad } = await underLoad({ url: `${BASE}${path}`, connections, duration: seconds });
  return { rps, p50: percentile(latencies, 50), p99: percentile(latencies, 99), bad };
}

async function start(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["server/start.mjs"], { env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitReady(`${BASE}/api/health/ready`, child, "npm start", 60);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return child;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first.");
  const redisUrl = new URL(process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379");
  if (!process.env.BENCH_REDIS_URL) redisUrl.pathname = `/${1 + Math.floor(Math.random() * 15)}`;
  const redis = new Redis(redisUrl.toString());
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL || undefined);
  try {
    await migrate(database.url);
    await seedDatabase(database.url);
    const path = `/jobs/${await liveListingSlug(database.url)}`;
    const base: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: database.embedded ? "1" : "5",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-0123456789abcdef",
      NEXTAUTH_URL: BASE,
      JOBS_IN_PROCESS: "false",
      LOG_LEVEL: "warn",
    };
    delete base.REDIS_URL;
    const results: Record<Mode, { load: Measured[]; single: Measured[] }> = {
      "in-process": { load: [], single: [] },
      redis: { load: [], single: [] },
    };
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so a noisy neighbour on the shared machine hits both modes alike.
      for (const mode of ["in-process", "redis"] as const) {
        await redis.flushdb();
        const server = await start(mode === "redis" ? { ...base, REDIS_URL: redisUrl.toString() } : base);
        try {
          // Rendered once and cached; every measured request is a cache hit.
          for (let i = 0; i < 20; i++) await (await fetch(`${BASE}${path}`)).arrayBuffer();
          const cache = (await fetch(`${BASE}${path}`)).headers.get("x-nextjs-cache");
          if (cache !== "HIT") throw new Error(`${mode}: expected a cache hit, got ${cache}`);
          if (mode === "redis" && (await redis.keys("backplane:cache:*")).length === 0) throw new Error("Nothing in Redis");
          results[mode].single.push(await measure(path, 1, 5));
          results[mode].load.push(await measure(path, 32, LOAD_SECONDS));
        } finally {
          await stop(server);
        }
      }
    }
    const best = (samples: Measured[], pick: (m: Measured) => number, max: boolean) =>
      samples.map(pick).reduce((a, b) => (max ? Math.max(a, b) : Math.min(a, b)));
    const rows = (["in-process", "redis"] as const).map((mode) => {
      const { load, single } = results[mode];
      const bad = [...load, ...single].reduce((sum, m) => sum + m.bad, 0);
      return [
        mode,
        best(load, (m) => m.rps, true).toFixed(0),
        ms(best(load, (m) => m.p50, false)),
        ms(best(load, (m) => m.p99, false)),
        ms(best(single, (m) => m.p50, false)),
        ms(best(single, (m) => m.p99, false)),
        String(bad),
      ];
    });
    console.log(`\nListing page ${path}, one instance, best of ${RUNS} runs (${LOAD_SECONDS} s at 32 connections; 5 s at 1):\n`);
    console.log(table(["cache", "req/s @32", "p50 @32", "p99 @32", "p50 @1", "p99 @1", "failed"], rows));
  } finally {
    await redis.flushdb().catch(() => undefined);
    await redis.quit();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
