import { existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

// next.config.ts is read when `npm start` starts: the Redis cache handler is configured only with REDIS_URL,
// and without it the configuration is exactly Next's default in-process cache (decision 028).

async function config() {
  vi.resetModules();
  return (await import("../../next.config")).default;
}

afterEach(() => vi.unstubAllEnvs());

describe("next.config.ts's cache handler", () => {
  it("is the Redis handler, by absolute path, when REDIS_URL is set", async () => {
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:6379");
    const { cacheHandler } = await config();
    expect(cacheHandler).toMatch(/\/server\/cache-handler\.mjs$/);
    expect(existsSync(cacheHandler!)).toBe(true);
  });

  it("is not configured without REDIS_URL, or with it empty", async () => {
    vi.stubEnv("REDIS_URL", undefined);
    expect("cacheHandler" in (await config())).toBe(false);
    vi.stubEnv("REDIS_URL", "");
    expect("cacheHandler" in (await config())).toBe(false);
  });
});
