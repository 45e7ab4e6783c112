import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("takes an empty value as unset (compose's ${VAR:-}), so blank optional settings do not stop the app", () => {
    const env = parseEnv({ SMTP_URL: "", METRICS_TOKEN: "", GITHUB_ID: "", REDIS_URL: "", JOBS_IN_PROCESS: "" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.METRICS_TOKEN).toBeUndefined();
    expect(env.GITHUB_ID).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.JOBS_IN_PROCESS).toBe(true);
  });

  it("accepts Redis URLs and refuses other schemes and short metrics tokens, naming the variable", () => {
    expect(parseEnv({ REDIS_URL: "rediss://user:pw@cache.internal:6380/0" }).REDIS_URL).toBe(
      "rediss://user:pw@cache.internal:6380/0",
    );
    expect(() => parseEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(() => parseEnv({ REDIS_URL: "redis://" })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
  });
});
