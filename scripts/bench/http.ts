import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { benchLighthouse } from "./lighthouse";
import { signInCookie } from "./session";
import { median, ms, percentile, table } from "./stats";

// HTTP load against `next start` on 127.0.0.1 only: each public page beside a static route of the same
// server, in the same run, so the ratios are meaningful on a shared machine; each page once anonymously
// and once with a real session cookie of a seeded candidate (one URL per page: the two should cost the
// same). Then the bytes of each page and the compressed JavaScript it loads; Lighthouse on request.

type Options = {
  databaseUrl: string;
  embedded: boolean;
  runs: number;
  durationSeconds: number;
  reuseBuild: boolean;
  lighthouse: boolean;
  http: boolean;
};
type Kind = "static" | "page" | "search" | "endpoint";
type Route = { name: string; path: string; kind: Kind };
type Measured = { rps: number; p50: number; p99: number; bad: number };

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 32;
const CANDIDATE = { email: "candidate@backplane.test", password: "backplane-demo" };

// The targets (issue 7): each against the same run's numbers.
const TARGET = {
  signedInOfAnonymous: 0.7,
  ofStatic: { page: 0.7, search: 0.35 } as Record<string, number>,
  p99Ms: 150,
  searchBytes: 80 * 1024,
};

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

async function load(path: string, seconds: number, cookie?: string): Promise<Measured> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${BASE}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: cookie ? { cookie } : undefined,
  });
  instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function liveListingSlug(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "Listing" WHERE "status" = 'PUBLISHED' AND "expiresAt" > now() AT TIME ZONE 'UTC' AND "id" NOT LIKE 'bench%' ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    return rows[0]!.slug;
  } finally {
    await client.end();
  }
}

function routesFor(listingSlug: string): Route[] {
  // A route `next build` prerenders (○ in its output): the server's ceiling for a trivial response.
  const staticPath = "/icon.svg";
  return [
    { name: `static (${staticPath})`, path: staticPath, kind: "static" },
    { name: "home /", path: "/", kind: "page" },
    { name: "listing page", path: `/jobs/${listingSlug}`, kind: "page" },
    { name: "/jobs", path: "/jobs", kind: "search" },
    { name: "/jobs with a query", path: "/jobs?q=kafka&level=staff&minPay=200000&country=DE&tz=Europe%2FBerlin", kind: "search" },
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const verdict = (met: boolean) => (met ? "met" : "MISSED");

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
      verdict(total <= 100 * 1024),
    ];
  });
  console.log(
    `\nJavaScript per public page (gzip of its <script src> chunks; target <= 100 kB). Shared by every page: ${shared.length} chunks, ${kb(sharedBytes)}`,
  );
  console.log(table(["page", "scripts", "gzip", "beyond shared", "target"], rows));
}

/** Bytes of one response as sent without and with compression (HTML, including its inline RSC payload). */
async function printPageBytes(routes: Route[]) {
  const rows: string[][] = [];
  for (const route of routes.filter((r) => r.kind === "page" || r.kind === "search")) {
    const body = Buffer.from(await (await fetch(`${BASE}${route.path}`)).arrayBuffer());
    const target = route.kind === "search" ? verdict(body.length <= TARGET.searchBytes) : "";
    rows.push([route.name, kb(body.length), kb(gzipSync(body).length), route.kind === "search" ? "<= 80 kB" : "", target]);
  }
  console.log("\nBytes per response (HTML with its inline RSC payload)");
  console.log(table(["page", "bytes", "gzip", "target", ""], rows));
}

async function measureLoad(routes: Route[], cookie: string, options: Options) {
  const anonymous = new Map<string, Measured[]>();
  const signedIn = new Map<string, Measured[]>();
  const ofStatic = new Map<string, number[]>();
  const signedOfAnonymous = new Map<string, number[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  const me: Measured[] = [];

  // Warm up: JIT, data cache, full-route cache, connections.
  for (const route of routes) {
    await load(route.path, 2);
    if (route.kind !== "static") await load(route.path, 2, cookie);
  }
  for (let i = 0; i < options.runs; i++) {
    let staticRps = 0;
    for (const route of routes) {
      const anon = await load(route.path, options.durationSeconds);
      push(anonymous, route.name, anon);
      if (route.kind === "static") {
        staticRps = anon.rps;
        continue;
      }
      const mine = await load(route.path, options.durationSeconds, cookie);
      push(signedIn, route.name, mine);
      push(ofStatic, route.name, anon.rps / staticRps);
      push(signedOfAnonymous, route.name, mine.rps / anon.rps);
    }
    me.push(await load("/api/me", options.durationSeconds, cookie));
    console.log(`HTTP run ${i + 1}/${options.runs} done`);
  }

  const rows = routes.map((route) => {
    const anon = anonymous.get(route.name)!;
    const mine = signedIn.get(route.name) ?? [];
    const anonP99 = median(anon.map((m) => m.p99));
    if (route.kind === "static") {
      return [route.name, median(anon.map((m) => m.rps)).toFixed(0), "", "", "", ms(anonP99), "", "", String(sumBad(anon))];
    }
    const staticRatio = median(ofStatic.get(route.name)!);
    const signedRatio = median(signedOfAnonymous.get(route.name)!);
    const mineP99 = median(mine.map((m) => m.p99));
    const met =
      staticRatio >= TARGET.ofStatic[route.kind]! &&
      signedRatio >= TARGET.signedInOfAnonymous &&
      Math.max(anonP99, mineP99) <= TARGET.p99Ms;
    return [
      route.name,
      median(anon.map((m) => m.rps)).toFixed(0),
      median(mine.map((m) => m.rps)).toFixed(0),
      pct(signedRatio),
      `${pct(staticRatio)} (>= ${pct(TARGET.ofStatic[route.kind]!)})`,
      ms(anonP99),
      ms(mineP99),
      verdict(met),
      String(sumBad(anon) + sumBad(mine)),
    ];
  });
  console.log(
    `\nHTTP, ${CONNECTIONS} connections, ${options.durationSeconds} s per route and visitor, median of ${options.runs} runs. Targets: signed in >= ${pct(TARGET.signedInOfAnonymous)} of anonymous, p99 <= ${TARGET.p99Ms} ms`,
  );
  console.log(
    table(
      ["route", "anon req/s", "signed-in req/s", "signed/anon", "anon of static", "p99 anon", "p99 signed", "", "non-2xx"],
      rows,
    ),
  );
  console.log(
    `GET /api/me signed in (what each signed-in page view adds): ${median(me.map((m) => m.rps)).toFixed(0)} req/s, p99 ${ms(median(me.map((m) => m.p99)))}`,
  );
}

const sumBad = (measured: Measured[]) => measured.reduce((s, x) => s + x.bad, 0);

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
    const routes = routesFor(await liveListingSlug(options.databaseUrl));
    if (options.http) {
      await measureLoad(routes, await signInCookie(BASE, CANDIDATE.email, CANDIDATE.password), options);
      await printPageBytes(routes);
      await printScriptBytes(
        routes
          .filter((r) => r.kind !== "static")
          .map((r) => r.path)
          .concat("/roles/remote-backend-architect", "/sign-in"),
      );
    }
    if (options.lighthouse) {
      await benchLighthouse(
        BASE,
        routes.filter((r) => r.kind === "page" || r.path === "/jobs"),
      );
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
