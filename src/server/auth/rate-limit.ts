import "server-only";
import { redisBackoff, redisWindows } from "@/server/auth/rate-limit-redis";
import {
  backoffDelay,
  tooMany,
  type BackoffPolicy,
  type FailureBackoff,
  type FixedWindows,
} from "@/server/auth/rate-limit-refusal";
import { redis } from "@/server/redis";

// Every rate limit in the app goes through these functions; nothing outside this file knows where the
// counters live: in Redis when REDIS_URL is set, so several instances share one count
// (docs/decisions/028-scale-out.md), and in this process's memory otherwise (one instance).

// ---- Fixed windows: "at most `limit` calls per `windowMs`" (the public API, sign-up, posting). ----

export type { FixedWindows };

/** Counts in this process's memory: a Map of windows, pruned when it grows. */
export function memoryWindows(): FixedWindows {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const prune = (windowMs: number, now: number) => {
    for (const [key, value] of windows) if (now - value.startedAt >= windowMs) windows.delete(key);
  };
  return {
    async consume(key, limit, windowMs, now) {
      const current = windows.get(key);
      if (!current || now - current.startedAt >= windowMs) {
        windows.set(key, { startedAt: now, count: 1 });
        if (windows.size > 10_000) prune(windowMs, now);
        return;
      }
      current.count += 1;
      if (current.count > limit) throw tooMany(current.startedAt + windowMs - now);
    },
  };
}

const holder = globalThis as unknown as { backplaneRateWindows?: FixedWindows };

function windows(): FixedWindows {
  if (!holder.backplaneRateWindows) {
    const client = redis();
    // While Redis is unreachable, counting goes on in memory rather than refusing or waiting.
    holder.backplaneRateWindows = client ? redisWindows(client, "backplane:rate", memoryWindows()) : memoryWindows();
  }
  return holder.backplaneRateWindows;
}

/** Counts one call against `key`; past `limit` in the current window, RateLimitedError with the real wait. */
export async function consumeRateLimit(key: string, limit: number, windowMs: number, now = Date.now()): Promise<void> {
  await windows().consume(key, limit, windowMs, now);
}

// ---- Failure back-off: free attempts, then a wait that doubles with each further failure. ----

export type { BackoffPolicy, FailureBackoff };

/** Failure counts in this process's memory. */
export function memoryBackoff(): FailureBackoff {
  const failures = new Map<string, { count: number; lastAt: number; blockedUntil: number; forgetAfterMs: number }>();
  const live = (key: string, now: number) => {
    const entry = failures.get(key);
    if (entry && now - entry.lastAt >= entry.forgetAfterMs && now >= entry.blockedUntil) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    async blockedUntil(keys, now) {
      return Math.max(0, ...keys.map((key) => live(key, now)?.blockedUntil ?? 0));
    },
    async record(key, policy, now) {
      const entry = live(key, now) ?? { count: 0, lastAt: now, blockedUntil: 0, forgetAfterMs: policy.forgetAfterMs };
      entry.count += 1;
      entry.lastAt = now;
      const over = entry.count - policy.freeFailures;
      if (over > 0) entry.blockedUntil = now + backoffDelay(policy, over);
      failures.set(key, entry);
      if (failures.size > 50_000) for (const k of failures.keys()) live(k, now);
    },
    async clear(key) {
      failures.delete(key);
    },
  };
}

const backoffHolder = globalThis as unknown as { backplaneFailureBackoff?: FailureBackoff };

function backoff(): FailureBackoff {
  if (!backoffHolder.backplaneFailureBackoff) {
    const client = redis();
    backoffHolder.backplaneFailureBackoff = client ? redisBackoff(client, "backplane:backoff", memoryBackoff()) : memoryBackoff();
  }
  return backoffHolder.backplaneFailureBackoff;
}

/** Refuses (RateLimitedError with the real wait) while any of the keys is still waiting out a failure. */
export async function assertNotBackedOff(keys: string[], now = Date.now()): Promise<void> {
  const until = await backoff().blockedUntil(keys, now);
  if (until > now) throw tooMany(until - now);
}

/** Counts a failure against the key; past the free ones, it must wait before the next attempt. */
export async function recordFailure(key: string, policy: BackoffPolicy, now = Date.now()): Promise<void> {
  await backoff().record(key, policy, now);
}

/** Forgets the key's failures (a success). */
export async function clearFailures(key: string): Promise<void> {
  await backoff().clear(key);
}
