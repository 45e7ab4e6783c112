import { RateLimitedError } from "@/lib/errors";
import { formatWait } from "@/lib/format-wait";

/** Where fixed-window counts live. `now` is honoured in memory; Redis keeps time by its own clock. */
export type FixedWindows = {
  consume(key: string, limit: number, windowMs: number, now: number): Promise<void>;
};

export type BackoffPolicy = {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts over. */
  forgetAfterMs: number;
};

/** Where failure counts live. Both kinds honour `now`, so tests can move time. */
export type FailureBackoff = {
  /** The latest moment until which any of the keys must wait (0: none). */
  blockedUntil(keys: string[], now: number): Promise<number>;
  record(key: string, policy: BackoffPolicy, now: number): Promise<void>;
  clear(key: string): Promise<void>;
};

/** The wait after `over` failures past the free ones: the first delay, doubled each time, capped. */
export function backoffDelay(policy: BackoffPolicy, over: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(over - 1, 30));
}

/** The refusal for a wait of `waitMs`, in the words every rate limit uses. */
export function tooMany(waitMs: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new RateLimitedError(`Too many attempts. Try again in ${formatWait(seconds)}.`, seconds);
}
