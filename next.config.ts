import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // Cached pages and data live in memory only, in an LRU of bounded size (decision 007): anonymous search
  // pages are cached per query string, and on disk they would grow without bound.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
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
