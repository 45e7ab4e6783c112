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
    expect(() => parseEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: "otel-collector:4318" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(parseEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel-collector:4318" }).OTEL_EXPORTER_OTLP_ENDPOINT).toBe(
      "http://otel-collector:4318",
    );
    expect(parseEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: "" }).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
  });
});

describe("parseEnv: object storage", () => {
  const minio = {
    S3_BUCKET: "backplane",
    S3_ENDPOINT: "http://minio:9000",
    S3_ACCESS_KEY_ID: "id",
    S3_SECRET_ACCESS_KEY: "secret",
  };

  it("is off by default and takes a full S3-compatible configuration, region defaulting to us-east-1", () => {
    const none = parseEnv({});
    expect(none.S3_BUCKET).toBeUndefined();
    const env = parseEnv({ ...minio, S3_FORCE_PATH_STYLE: "false", S3_PREFIX: "prod/cv/" });
    expect(env).toMatchObject({ ...minio, S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false, S3_PREFIX: "prod/cv/" });
    // AWS with an instance role: a bucket alone is enough.
    expect(parseEnv({ S3_BUCKET: "backplane", S3_REGION: "eu-west-1" }).S3_REGION).toBe("eu-west-1");
  });

  it("refuses half a configuration, naming the variable", () => {
    expect(() => parseEnv({ S3_ENDPOINT: "http://minio:9000" })).toThrow(/S3_ENDPOINT: needs S3_BUCKET/);
    expect(() => parseEnv({ S3_PREFIX: "x/" })).toThrow(/S3_PREFIX: needs S3_BUCKET/);
    expect(() => parseEnv({ ...minio, S3_SECRET_ACCESS_KEY: undefined })).toThrow(/S3_SECRET_ACCESS_KEY: .*go together/);
    expect(() => parseEnv({ S3_BUCKET: "b-1", S3_ENDPOINT: "http://minio:9000" })).toThrow(
      /S3_ACCESS_KEY_ID: required with S3_ENDPOINT/,
    );
    expect(() => parseEnv({ ...minio, S3_ENDPOINT: "ftp://minio" })).toThrow(/S3_ENDPOINT: must be an http/);
    expect(() => parseEnv({ ...minio, S3_FORCE_PATH_STYLE: "maybe" })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(() => parseEnv({ ...minio, S3_PREFIX: "../x/" })).toThrow(/S3_PREFIX/);
    expect(() => parseEnv({ ...minio, S3_PREFIX: "a/./" })).toThrow(/S3_PREFIX/);
    expect(() => parseEnv({ ...minio, S3_PREFIX: "no-slash" })).toThrow(/S3_PREFIX/);
  });
});
