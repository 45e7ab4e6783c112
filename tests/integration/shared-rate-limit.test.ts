import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { memoryBackoff, memoryWindows, type BackoffPolicy } from "@/server/auth/rate-limit";
import { redisBackoff, redisWindows } from "@/server/auth/rate-limit-redis";
import { connectRedis } from "@/server/redis";

// Two limiters on two connections stand in for two app instances sharing one Redis (.ci/run starts it).
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
// Every key this run writes starts with this, and is deleted at the end.
const prefix = `backplane-test:${randomUUID()}`;
const clients: Redis[] = [];

function instance(): ReturnType<typeof redisWindows> {
  const client = connectRedis(REDIS_URL);
  clients.push(client);
  // A fallback that fails the test if used: these calls must all be counted in Redis.
  const fallback = { consume: async () => Promise.reject(new Error("counted outside Redis")) };
  return redisWindows(client, prefix, fallback);
}

async function ready(client: Redis) {
  if (client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve));
}

afterAll(async () => {
  const [client] = clients;
  if (client) {
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length > 0) await client.del(...keys);
    expect(await client.keys(`${prefix}:*`)).toEqual([]);
  }
  await Promise.all(clients.map((c) => c.quit()));
});

describe("rate limits in Redis", () => {
  it("two instances share one count: the limit reached through one is in force on the other", async () => {
    const a = instance();
    const b = instance();
    await Promise.all(clients.map(ready));
    const key = "sign-up:ip:203.0.113.7";
    await a.consume(key, 3, 60_000, Date.now());
    await b.consume(key, 3, 60_000, Date.now());
    await a.consume(key, 3, 60_000, Date.now());
    const refusal = await b.consume(key, 3, 60_000, Date.now()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    // The real wait of the window opened by the first call, in whole seconds.
    expect((refusal as RateLimitedError).retryAfterSeconds).toBeGreaterThan(55);
    expect((refusal as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(a.consume(key, 3, 60_000, Date.now())).rejects.toThrow(RateLimitedError);
    // Another key, and the same key under another limit, count separately.
    await expect(a.consume("sign-up:ip:203.0.113.8", 3, 60_000, Date.now())).resolves.toBeUndefined();
    await expect(b.consume(key, 10, 60_000, Date.now())).resolves.toBeUndefined();
  });

  it("the window opens again when it ends", async () => {
    const a = instance();
    const b = instance();
    await Promise.all(clients.map(ready));
    await a.consume("short", 1, 1_000, Date.now());
    await expect(b.consume("short", 1, 1_000, Date.now())).rejects.toThrow(RateLimitedError);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(b.consume("short", 1, 1_000, Date.now())).resolves.toBeUndefined();
  });

  it("while Redis is unreachable, calls are counted by the fallback instead of failing", async () => {
    // Nothing listens on port 1: the connection is never ready.
    const down = connectRedis("redis://127.0.0.1:1");
    clients.push(down);
    const windows = redisWindows(down, prefix, memoryWindows());
    await windows.consume("offline", 1, 60_000, 0);
    await expect(windows.consume("offline", 1, 60_000, 1)).rejects.toThrow(RateLimitedError);
    down.disconnect();
    clients.pop();
  });
});

describe("sign-in failure back-off in Redis", () => {
  const policy: BackoffPolicy = { freeFailures: 2, firstDelayMs: 1000, maxDelayMs: 4000, forgetAfterMs: 60_000 };
  const failing = {
    blockedUntil: async () => Promise.reject(new Error("counted outside Redis")),
    record: async () => Promise.reject(new Error("counted outside Redis")),
    clear: async () => Promise.reject(new Error("counted outside Redis")),
  };

  function backoffInstance() {
    const client = connectRedis(REDIS_URL);
    clients.push(client);
    return { client, backoff: redisBackoff(client, `${prefix}:backoff`, failing) };
  }

  it("failures through one instance make the other wait, doubling up to the cap; a success clears it for both", async () => {
    const a = backoffInstance();
    const b = backoffInstance();
    await Promise.all([ready(a.client), ready(b.client)]);
    const key = "sign-in:pair:203.0.113.7:owner@example.test";
    const t0 = 1_000_000;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const now = t0 + i * 10_000;
      await (i % 2 === 0 ? a : b).backoff.record(key, policy, now);
      waits.push(Math.max(0, (await (i % 2 === 0 ? b : a).backoff.blockedUntil([key], now)) - now));
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 4000]);
    // The longest wait of several keys counts; an unknown key adds none.
    expect(await a.backoff.blockedUntil(["never-failed", key], t0 + 50_000)).toBe(t0 + 54_000);
    await b.backoff.clear(key);
    expect(await a.backoff.blockedUntil([key], t0 + 50_000)).toBe(0);
    // The key expires with the quiet period: Redis holds no key without a time to live.
    await a.backoff.record(key, policy, t0);
    const ttl = await a.client.pttl(`${prefix}:backoff:${key}`);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("while Redis is unreachable, failures are counted by the fallback", async () => {
    const down = connectRedis("redis://127.0.0.1:1");
    const backoff = redisBackoff(down, prefix, memoryBackoff());
    for (let i = 0; i < 3; i++) await backoff.record("offline", policy, 0);
    expect(await backoff.blockedUntil(["offline"], 0)).toBe(1000);
    down.disconnect();
  });
});

describe("rate limits without Redis", () => {
  it("two processes' memory counters are separate, as before: each enforces its own limit", async () => {
    const a = memoryWindows();
    const b = memoryWindows();
    await a.consume("k", 1, 60_000, 0);
    await expect(b.consume("k", 1, 60_000, 0)).resolves.toBeUndefined();
    await expect(a.consume("k", 1, 60_000, 1)).rejects.toThrow(RateLimitedError);
  });
});
