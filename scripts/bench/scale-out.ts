// `npx tsx scripts/bench/scale-out.ts`: one instance vs two behind one local nginx (decision 028). Needs a
// production build (`npx next build`) and Debian's nginx (`apt-get install -y nginx`). Starts two `npm start`
// instances on one throwaway database with the demo data (TEST_DATABASE_URL's server, or embedded PGlite)
// and one Redis database of their own (shared caches and rate limits, as deployed), and two nginx
// listeners in front: one sending everything to instance A, one spreading over A and B. Load cycles over
// the public pages (home, /jobs, a listing page, /salaries), alternating the two setups, BENCH_RUNS times.
// Prints req/s, p50 and p95 per setup, their ratio, and the full-route and data cache hit rates the
// instances' /api/metrics counted during the load. Ports 3381–3384 (BENCH_PORT_BASE moves them).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { seedDatabase } from "../../prisma/seed/index";
import { migrate } from "../db/migrate";
import { createThrowawayDatabase } from "../db/test-database";
import { liveListingSlug, stop, waitReady } from "./instance";
import { median, ms, percentile, table } from "./stats";
import { underLoad } from "./timing";

const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3381);
const [PORT_A, PORT_B, PROXY_ONE, PROXY_TWO] = [0, 1, 2, 3].map((i) => PORT_BASE + i) as [number, number, number, number];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const METRICS_TOKEN = "bench-metrics-token-0123456789";

type Measured = { rps: number; p50: number; p95: number; bad: number };

async function measure(port: number, paths: string[]): Promise<Measured> {
  const { rps, latencies, bad } = await underLoad({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    // Each connection cycles through the pages, so every setup sees the same mix.
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  return { rps, p50: percentile(latencies, 50), p95: percentile(latencies, 95), bad };
}

/** nginx as a compose deployment would run it: keep-alive to the instances, round robin, one trusted hop. */
function nginxConfig(folder: string): string {
  const upstream = (name: string, ports: number[]) =>
    `upstream ${name} { ${ports.map((p) => `server 127.0.0.1:${p};`).join(" ")} keepalive 64; }`;
  const server = (port: number, name: string) => `server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto http;
    }
  }`;
  return `worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${folder}/body; proxy_temp_path ${folder}/proxy; fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi; scgi_temp_path ${folder}/scgi;
  ${upstream("one", [PORT_A])}
  ${upstream("two", [PORT_A, PORT_B])}
  ${server(PROXY_ONE, "one")}
  ${server(PROXY_TWO, "two")}
}
`;
}

/** The cache counters of one instance's /api/metrics, summed over routes. */
async function cacheCounters(port: number): Promise<{ page: Record<string, number>; lookups: number; computations: number }> {
  const text = await (
    await fetch(`http://127.0.0.1:${port}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const page: Record<string, number> = {};
  let lookups = 0;
  let computations = 0;
  for (const line of text.split("\n")) {
    const value = Number(line.split(" ").at(-1));
    const result = /^backplane_page_cache_responses_total\{.*result="([a-z]+)"/.exec(line)?.[1];
    if (result) page[result] = (page[result] ?? 0) + value;
    if (line.startsWith("backplane_data_cache_lookups_total{")) lookups += value;
    if (line.startsWith("backplane_data_cache_computations_total{")) computations += value;
  }
  return { page, lookups, computations };
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first.");
  const redisUrl = new URL(process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379");
  if (!process.env.BENCH_REDIS_URL) redisUrl.pathname = `/${1 + Math.floor(Math.random() * 15)}`;
  const redis = new Redis(redisUrl.toString());
  const folder = mkdtempSync(join(tmpdir(), "backplane-bench-nginx-"));
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL || undefined);
  const children: ChildProcess[] = [];
  try {
    await migrate(database.url);
    await seedDatabase(database.url);
    await redis.flushdb();
    const paths = ["/", "/jobs", `/jobs/${await liveListingSlug(database.url)}`, "/salaries"];
    for (const port of [PORT_A, PORT_B]) {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: database.url,
        DATABASE_POOL_MAX: database.embedded ? "1" : "5",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-0123456789abcdef",
        NEXTAUTH_URL: `http://127.0.0.1:${PROXY_TWO}`,
        REDIS_URL: redisUrl.toString(),
        METRICS_TOKEN,
        TRUSTED_PROXY_HOPS: "1",
        JOBS_IN_PROCESS: "false",
        LOG_LEVEL: "warn",
      };
      delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
      const child = spawn(process.execPath, ["server/start.mjs"], { env, stdio: ["ignore", "ignore", "inherit"] });
      children.push(child);
      await waitReady(`http://127.0.0.1:${port}/api/health/ready`, child, `instance on ${port}`, 120);
    }
    writeFileSync(join(folder, "nginx.conf"), nginxConfig(folder));
    const nginx = spawn("nginx", ["-c", join(folder, "nginx.conf"), "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(nginx);
    await waitReady(`http://127.0.0.1:${PROXY_TWO}/api/health/live`, nginx, "nginx", 120);
    for (const path of paths) {
      const response = await fetch(`http://127.0.0.1:${PROXY_TWO}${path}`);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    }
    // Warm both instances (and the shared cache) before measuring.
    await measure(PROXY_TWO, paths);

    const before = await Promise.all([cacheCounters(PORT_A), cacheCounters(PORT_B)]);
    const samples: Record<"one" | "two", Measured[]> = { one: [], two: [] };
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so a noisy neighbour on the shared machine hits both setups alike.
      samples.one.push(await measure(PROXY_ONE, paths));
      samples.two.push(await measure(PROXY_TWO, paths));
    }
    const after = await Promise.all([cacheCounters(PORT_A), cacheCounters(PORT_B)]);

    const row = (name: string, runs: Measured[]) => [
      name,
      median(runs.map((m) => m.rps)).toFixed(0),
      ms(median(runs.map((m) => m.p50))),
      ms(median(runs.map((m) => m.p95))),
      runs.map((m) => m.rps.toFixed(0)).join(" / "),
      String(runs.reduce((sum, m) => sum + m.bad, 0)),
    ];
    console.log(
      `\nPublic pages ${paths.join(", ")}; ${CONNECTIONS} connections, ${SECONDS} s per run, ${RUNS} runs each (median):\n`,
    );
    console.log(
      table(
        ["setup", "req/s", "p50", "p95", "req/s per run", "failed"],
        [row("nginx → 1 instance", samples.one), row("nginx → 2 instances", samples.two)],
      ),
    );
    const ratio = median(samples.two.map((m) => m.rps)) / median(samples.one.map((m) => m.rps));
    console.log(`\nTwo instances / one: ${ratio.toFixed(2)}× req/s`);

    const page: Record<string, number> = {};
    for (const [i, end] of after.entries()) {
      for (const [result, count] of Object.entries(end.page))
        page[result] = (page[result] ?? 0) + count - (before[i]!.page[result] ?? 0);
    }
    const pageTotal = Object.values(page).reduce((a, b) => a + b, 0);
    const lookups = after.reduce((sum, end, i) => sum + end.lookups - before[i]!.lookups, 0);
    const computations = after.reduce((sum, end, i) => sum + end.computations - before[i]!.computations, 0);
    console.log(
      `Full-route cache during the load (both instances, cacheable pages only): ${Object.entries(page)
        .map(([result, count]) => `${result} ${count}`)
        .join(", ")}; hit rate ${(((page.hit ?? 0) / Math.max(1, pageTotal)) * 100).toFixed(1)}%`,
    );
    console.log(
      `Data cache during the load: ${lookups} lookups, ${computations} computations; hit rate ${(((lookups - computations) / Math.max(1, lookups)) * 100).toFixed(1)}%`,
    );
  } finally {
    await Promise.all(children.map(stop));
    await redis.flushdb().catch(() => undefined);
    await redis.quit();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
