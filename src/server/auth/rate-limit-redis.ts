import "server-only";
import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import {
  backoffDelay,
  tooMany,
  type BackoffPolicy,
  type FailureBackoff,
  type FixedWindows,
} from "@/server/auth/rate-limit-refusal";

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

// One failure, atomically: count it, and past the free ones move "blocked until" to now + the delay the
// caller computed for that count (ARGV[3..] is the delay per count, so no arithmetic happens in Lua).
// The key lives as long as the longer of the quiet period and the wait, then the count starts over.
const RECORD_FAILURE = `
local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
local now = tonumber(ARGV[1])
local forget = tonumber(ARGV[2])
local delay = tonumber(ARGV[2 + math.min(count, #ARGV - 2)])
local blocked = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if delay > 0 then
  blocked = now + delay
  redis.call('HSET', KEYS[1], 'until', string.format('%d', blocked))
end
redis.call('PEXPIRE', KEYS[1], math.max(forget, blocked - now))
return count`;

/**
 * Failure back-off counted in Redis, shared like the windows above; `now` is the caller's clock, as in
 * memory. Any Redis failure hands the call to `fallback`.
 */
export function redisBackoff(client: Redis, prefix: string, fallback: FailureBackoff): FailureBackoff {
  const redisKey = (key: string) => `${prefix}:${key}`;
  const guarded = async <T>(work: () => Promise<T>, instead: () => Promise<T>): Promise<T> => {
    if (client.status !== "ready") return instead();
    try {
      return await work();
    } catch {
      return instead();
    }
  };
  return {
    blockedUntil: (keys, now) =>
      guarded(
        async () => {
          const values = await Promise.all(keys.map((key) => client.hget(redisKey(key), "until")));
          return Math.max(0, ...values.map((value) => Number(value ?? 0)));
        },
        () => fallback.blockedUntil(keys, now),
      ),
    record: (key, policy, now) =>
      guarded(
        async () => {
          await client.eval(RECORD_FAILURE, 1, redisKey(key), now, policy.forgetAfterMs, ...delaysByCount(policy));
        },
        () => fallback.record(key, policy, now),
      ),
    clear: (key) =>
      guarded(
        async () => {
          await client.del(redisKey(key));
        },
        () => fallback.clear(key),
      ),
  };
}

/** The delay after the 1st, 2nd, … failure, until it reaches the cap (later counts reuse the last). */
function delaysByCount(policy: BackoffPolicy): number[] {
  const delays: number[] = [];
  // Past 31 doublings the delay no longer grows (backoffDelay's exponent cap), whatever the policy.
  for (let count = 1; count <= policy.freeFailures + 32; count++) {
    const over = count - policy.freeFailures;
    const delay = over > 0 ? backoffDelay(policy, over) : 0;
    delays.push(delay);
    if (delay >= policy.maxDelayMs) break;
  }
  return delays;
}
