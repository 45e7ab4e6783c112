import "server-only";
import { RateLimitedError } from "@/lib/errors";

// A fixed-window counter per key, in this process's memory. Enough for one instance; the scale-out path
// (several instances) moves it to Redis behind the same function.
const windows = new Map<string, { startedAt: number; count: number }>();

export function consumeRateLimit(key: string, limit: number, windowMs: number, now = Date.now()): void {
  const current = windows.get(key);
  if (!current || now - current.startedAt >= windowMs) {
    windows.set(key, { startedAt: now, count: 1 });
    if (windows.size > 10_000) pruneExpired(windowMs, now);
    return;
  }
  current.count += 1;
  if (current.count > limit) {
    throw new RateLimitedError(undefined, Math.max(1, Math.ceil((current.startedAt + windowMs - now) / 1000)));
  }
}

function pruneExpired(windowMs: number, now: number) {
  for (const [key, value] of windows) if (now - value.startedAt >= windowMs) windows.delete(key);
}
