import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { median, ms, percentile, table } from "./stats";

// HTTP load against `next start` on 127.0.0.1 only: each public page beside a static route of the same
// server, in the same run, so the ratio is meaningful on a shared machine. Then the compressed JavaScript
// each public page loads (the gzip size of its <script src> chunks, as `next start` would serve them).

type Options = { databaseUrl: string; embedded: boolean; runs: number; durationSeconds: number; reuseBuild: boolean };
type Route = { name: string; path: string; kind: "static" | "page" | "search" };
type Measured = { rps: number; p50: number; p95: number; bad: number };

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 32;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => spawn(command, args, { stdio: "inherit", env }).on("exit", (code) => resolve(code ?? 1)));
}

async function waitForServer(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error("next start exited early");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not answer within 60 s");
}

async function load(path: string, seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  const instance = autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: seconds });
  instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function pickRoutes(databaseUrl: string): Promise<Route[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>(
    `SELECT "slug" FROM "Listing" WHERE "status" = 'PUBLISHED' AND "expiresAt" > now() AT TIME ZONE 'UTC' AND "id" NOT LIKE 'bench%' ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  await client.end();
  // A route `next build` prerenders (○ in its output): the server's ceiling for a trivial response.
  const staticPath = "/icon.svg";
  return [
    { name: `static (${staticPath})`, path: staticPath, kind: "static" },
    { name: "home /", path: "/", kind: "page" },
    { name: "listing page", path: `/jobs/${rows[0]!.slug}`, kind: "page" },
    { name: "/jobs", path: "/jobs", kind: "search" },
    { name: "/jobs with a query", path: "/jobs?q=kafka&level=staff&minPay=200000&country=DE&tz=Europe%2FBerlin", kind: "search" },
  ];
}

/** Each <script src> the page loads, with its gzip size. */
async function scriptSizes(path: string): Promise<Map<string, number>> {
  const html = await (await fetch(`${BASE}${path}`)).text();
  // noModule scripts are legacy polyfills that modern browsers never download.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const sizes = new Map<string, number>();
  for (const src of new Set(tags.map((m) => m[1]!))) {
    sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, "&"), BASE))).arrayBuffer())).length);
  }
  return sizes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function printScriptBytes(paths: string[]) {
  const pages = await Promise.all(paths.map(async (path) => ({ path, sizes: await scriptSizes(path) })));
  // Chunks every page loads: the framework (React, the Next.js router and runtime) plus the app shell.
  const shared = [...pages[0]!.sizes.keys()].filter((src) => pages.every((p) => p.sizes.has(src)));
  const sharedBytes = shared.reduce((sum, src) => sum + pages[0]!.sizes.get(src)!, 0);
  const rows = pages.map(({ path, sizes }) => {
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    return [
      path.length > 60 ? `${path.slice(0, 57)}...` : path,
      String(sizes.size),
      kb(total),
      kb(total - sharedBytes),
      total <= 100 * 1024 ? "met" : "MISSED",
    ];
  });
  console.log(
    `\nJavaScript per public page (gzip of its <script src> chunks; target <= 100 kB). Shared by every page: ${shared.length} chunks, ${kb(sharedBytes)}`,
  );
  console.log(table(["page", "scripts", "gzip", "beyond shared", "target"], rows));
}

export async function benchHttp(options: Options): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_MAX: options.embedded ? "1" : "10",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-0123456789abcdef",
    NEXTAUTH_URL: BASE,
  };
  if (!(options.reuseBuild && existsSync(".next/BUILD_ID"))) {
    console.log("\nBuilding (next build)…");
    if ((await run("npx", ["next", "build"], env)) !== 0) throw new Error("next build failed");
  }
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForServer(server);
    const routes = await pickRoutes(options.databaseUrl);
    const results = new Map<string, Measured[]>(routes.map((r) => [r.name, []]));
    const ratios = new Map<string, number[]>(routes.map((r) => [r.name, []]));
    for (const route of routes) await load(route.path, 2); // warm up: JIT, data cache, connections
    for (let i = 0; i < options.runs; i++) {
      const inRun = new Map<string, Measured>();
      for (const route of routes) inRun.set(route.name, await load(route.path, options.durationSeconds));
      const staticRps = inRun.get(routes[0]!.name)!.rps;
      for (const route of routes) {
        results.get(route.name)!.push(inRun.get(route.name)!);
        ratios.get(route.name)!.push(inRun.get(route.name)!.rps / staticRps);
      }
      console.log(`HTTP run ${i + 1}/${options.runs} done`);
    }
    const target = (kind: Route["kind"]) => (kind === "static" ? "" : kind === "page" ? ">= 70%" : ">= 25%");
    const rows = routes.map((route) => {
      const m = results.get(route.name)!;
      const ratio = median(ratios.get(route.name)!);
      const p95 = median(m.map((x) => x.p95));
      const met = route.kind === "static" || (ratio >= (route.kind === "page" ? 0.7 : 0.25) && p95 <= 100);
      return [
        route.name,
        median(m.map((x) => x.rps)).toFixed(0),
        ms(median(m.map((x) => x.p50))),
        ms(p95),
        `${(ratio * 100).toFixed(0)}%`,
        target(route.kind),
        route.kind === "static" ? "" : met ? "met" : "MISSED",
        String(m.reduce((s, x) => s + x.bad, 0)),
      ];
    });
    console.log(
      `\nHTTP, ${CONNECTIONS} connections, ${options.durationSeconds} s per route, median of ${options.runs} runs (p95 target <= 100 ms)`,
    );
    console.log(table(["route", "req/s", "p50", "p95", "of static", "target", "", "non-2xx"], rows));

    await printScriptBytes(
      routes
        .filter((r) => r.kind !== "static")
        .map((r) => r.path)
        .concat("/roles/remote-backend-architect", "/sign-in"),
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
