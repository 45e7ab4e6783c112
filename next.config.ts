import type { NextConfig } from "next";

/** The hosts of SITE_URL and NEXTAUTH_URL, read when the server starts. */
function publicHosts(): string[] {
  return [process.env.SITE_URL, process.env.NEXTAUTH_URL].flatMap((url) => (url && URL.canParse(url) ? [new URL(url).host] : []));
}

const nextConfig: NextConfig = {
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // Cached pages and data live in memory only, in an LRU of bounded size (decision 007): anonymous search
  // pages are cached per query string, and on disk they would grow without bound.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Server actions accept posts from the configured public origin, never from what forwarded headers
    // claim (the proxy refuses other origins first: src/server/http/request-guard.ts, decision 018).
    serverActions: { allowedOrigins: publicHosts() },
  },
  // Visitors without a session get the home page from the full-route cache (decision 007). A config rewrite
  // rather than the proxy: it costs nothing per request. (Search and listing pages go through src/proxy.ts.)
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/",
          missing: [
            { type: "cookie", key: "next-auth.session-token" },
            { type: "cookie", key: "__Secure-next-auth.session-token" },
            { type: "query", key: "level" },
          ],
          destination: "/cached/home",
        },
      ],
    };
  },
  typedRoutes: false,
};

export default nextConfig;
