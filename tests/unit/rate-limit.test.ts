import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit } from "@/server/auth/rate-limit";

describe("consumeRateLimit", () => {
  it("allows the limit, refuses the next, and opens again after the window", () => {
    const key = `test-${Math.random()}`;
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) consumeRateLimit(key, 3, 60_000, t0 + i);
    expect(() => consumeRateLimit(key, 3, 60_000, t0 + 10)).toThrow(RateLimitedError);
    expect(() => consumeRateLimit(key, 3, 60_000, t0 + 60_000)).not.toThrow();
  });

  it("counts keys separately", () => {
    const a = `a-${Math.random()}`;
    const b = `b-${Math.random()}`;
    consumeRateLimit(a, 1, 60_000, 0);
    expect(() => consumeRateLimit(b, 1, 60_000, 0)).not.toThrow();
    expect(() => consumeRateLimit(a, 1, 60_000, 1)).toThrow(RateLimitedError);
  });
});
