import "server-only";
import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { tooMany, type FixedWindows } from "@/server/auth/rate-limit-refusal";

/**
 * Fixed windows counted in Redis (an atomic increment with the window as expiry, rate-limiter-flexible's
 * script), so every instance sharing the server and `prefix` shares the counts. Any Redis failure (down,
 * not yet connected, slow) hands the call to `fallback`, so a Redis outage never refuses or stalls a
 * request; it only makes counts per-process until Redis answers again.
 */
export function redisWindows(client: Redis, prefix: string, fallback: FixedWindows): FixedWindows {
  // One limiter per (limit, window): rate-limiter-flexible fixes both per instance.
  const limiters = new Map<string, RateLimiterRedis>();
  const limiterFor = (limit: number, windowMs: number) => {
    const id = `${limit}:${windowMs}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${prefix}:${id}`,
        points: limit,
        duration: Math.max(1, Math.ceil(windowMs / 1000)),
        rejectIfRedisNotReady: true,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  };
  return {
    async consume(key, limit, windowMs, now) {
      try {
        await limiterFor(limit, windowMs).consume(key);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) throw tooMany(outcome.msBeforeNext);
        await fallback.consume(key, limit, windowMs, now);
      }
    },
  };
}
