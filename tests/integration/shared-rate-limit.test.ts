import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { redisWindows } from "@/server/auth/rate-limit-redis";
import { memoryWindows } from "@/server/auth/rate-limit";
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

describe("rate limits without Redis", () => {
  it("two processes' memory counters are separate, as before: each enforces its own limit", async () => {
    const a = memoryWindows();
    const b = memoryWindows();
    await a.consume("k", 1, 60_000, 0);
    await expect(b.consume("k", 1, 60_000, 0)).resolves.toBeUndefined();
    await expect(a.consume("k", 1, 60_000, 1)).rejects.toThrow(RateLimitedError);
  });
});
