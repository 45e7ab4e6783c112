import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { formatWait } from "@/lib/format-wait";
import { assertNotBackedOff, clearFailures, consumeRateLimit, recordFailure, type BackoffPolicy } from "@/server/auth/rate-limit";

const key = (name: string) => `${name}-${Math.random()}`;

describe("consumeRateLimit", () => {
  it("allows the limit, refuses the next with the real wait, and opens again after the window", async () => {
    const k = key("window");
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) await consumeRateLimit(k, 3, 60_000, t0 + i);
    const refusal: unknown = await consumeRateLimit(k, 3, 60_000, t0 + 30_000).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect((refusal as RateLimitedError).retryAfterSeconds).toBe(30);
    expect((refusal as RateLimitedError).message).toBe("Too many attempts. Try again in 30 seconds.");
    await expect(consumeRateLimit(k, 3, 60_000, t0 + 60_000)).resolves.toBeUndefined();
  });

  it("counts keys separately", async () => {
    const a = key("a");
    const b = key("b");
    await consumeRateLimit(a, 1, 60_000, 0);
    await expect(consumeRateLimit(b, 1, 60_000, 0)).resolves.toBeUndefined();
    await expect(consumeRateLimit(a, 1, 60_000, 1)).rejects.toThrow(RateLimitedError);
  });
});

describe("failure back-off", () => {
  const policy: BackoffPolicy = { freeFailures: 2, firstDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };

  async function waitAfter(k: string, now: number): Promise<number | null> {
    try {
      await assertNotBackedOff([k], now);
      return null;
    } catch (error) {
      return (error as RateLimitedError).retryAfterSeconds ?? -1;
    }
  }

  it("allows the free failures, then doubles the wait with each further one, up to the cap", async () => {
    const k = key("backoff");
    let now = 0;
    const waits: (number | null)[] = [];
    for (let i = 0; i < 7; i++) {
      await recordFailure(k, policy, now);
      waits.push(await waitAfter(k, now));
      now += 10_000; // each next attempt after the wait has passed
    }
    expect(waits).toEqual([null, null, 1, 2, 4, 8, 8]);
  });

  it("refuses during the wait with the time left, and lets the attempt through after it", async () => {
    const k = key("during");
    for (let i = 0; i < 4; i++) await recordFailure(k, policy, 0); // two free, then 1 s, then 2 s
    expect(await waitAfter(k, 500)).toBe(2);
    expect(await waitAfter(k, 1500)).toBe(1);
    expect(await waitAfter(k, 2000)).toBeNull();
  });

  it("a success clears the key, and a quiet key is forgotten", async () => {
    const k = key("clear");
    for (let i = 0; i < 5; i++) await recordFailure(k, policy, 0);
    await clearFailures(k);
    expect(await waitAfter(k, 0)).toBeNull();
    await recordFailure(k, policy, 0);
    await recordFailure(k, policy, 0);
    await recordFailure(k, policy, 100_000); // a minute and more later: counts as the first again
    expect(await waitAfter(k, 100_000)).toBeNull();
  });

  it("the longest wait of several keys is the one reported", async () => {
    const [a, b] = [key("a"), key("b")];
    for (let i = 0; i < 3; i++) await recordFailure(a, policy, 0); // 1 s
    for (let i = 0; i < 5; i++) await recordFailure(b, policy, 0); // 4 s
    await expect(assertNotBackedOff([a, b], 0)).rejects.toThrow("Try again in 4 seconds.");
  });
});

describe("formatWait", () => {
  it.each([
    [1, "1 second"],
    [59, "59 seconds"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
    [3600, "1 hour"],
    [3601, "2 hours"],
  ])("%i s is %j", (seconds, words) => {
    expect(formatWait(seconds)).toBe(words);
  });
});
