import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";

/** The hosts of SITE_URL and NEXTAUTH_URL, read when the server starts. */
function publicHosts(): string[] {
  return [process.env.SITE_URL, process.env.NEXTAUTH_URL].flatMap((url) => (url && URL.canParse(url) ? [new URL(url).host] : []));
}

const nextConfig: NextConfig = {
  // Native and wasm packages stay outside the server bundle, and so do the metrics registry and the Redis
  // client, loaded once by Node for the whole process (server/metrics.mjs shares the registry).
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "prom-client",
    "ioredis",
    "rate-limiter-flexible",
  ],
  poweredByHeader: false,
  // Cached pages and data live in memory only, in an LRU of bounded size (decision 011): data is cached per
  // search query, and pages per listing slug (and per unknown path's 404); on disk they would grow without
  // bound.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // With REDIS_URL, both caches live in Redis instead, shared by every instance, tag expiry included
  // (server/cache-handler.mjs, decision 028). Read when the server starts, like everything here.
  ...(process.env.REDIS_URL ? { cacheHandler: fileURLToPath(new URL("./server/cache-handler.mjs", import.meta.url)) } : {}),
  experimental: {
    isrFlushToDisk: false,
    // Server actions accept posts from the configured public origin, never from what forwarded headers
    // claim (the proxy refuses other origins first: src/server/http/request-guard.ts, decision 018).
    // The body limit makes room for a 5 MB CV (src/app/account/cvs); the proxy holds every other page's
    // posts to 1 MB before they are read (src/server/http/request-guard.ts, MAX_UPLOAD_BODY_BYTES).
    serverActions: { allowedOrigins: publicHosts(), bodySizeLimit: "8mb" },
  },
  // Old links filtered the home page by level; the search page does that now.
  async redirects() {
    return [
      {
        source: "/",
        has: [{ type: "query", key: "level", value: "(?<level>[a-z0-9-]{1,60})" }],
        destination: "/jobs?level=:level",
        permanent: true,
      },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
