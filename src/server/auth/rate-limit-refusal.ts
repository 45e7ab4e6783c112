import { RateLimitedError } from "@/lib/errors";
import { formatWait } from "@/lib/format-wait";

/** Where fixed-window counts live. `now` is honoured in memory; Redis keeps time by its own clock. */
export type FixedWindows = {
  consume(key: string, limit: number, windowMs: number, now: number): Promise<void>;
};

/** The refusal for a wait of `waitMs`, in the words every rate limit uses. */
export function tooMany(waitMs: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new RateLimitedError(`Too many attempts. Try again in ${formatWait(seconds)}.`, seconds);
}
