import { createRequire } from "node:module";
import { trace } from "@opentelemetry/api";
import { describe, expect, it, vi } from "vitest";
import { startTelemetry, telemetryEnabled } from "../../server/telemetry.mjs";
import { db } from "@/server/db";
import { logger } from "@/server/log";

// Tracing off, the default: with OTEL_EXPORTER_OTLP_ENDPOINT unset or blank, no SDK module is loaded, spans
// are the API's no-ops (nothing to export them), and log lines carry no trace ids. telemetry.test.ts shows
// the same check of loaded modules finding the SDK once the variable is set.

describe("traces without OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it.each([undefined, "", "  "])("loads no SDK and records nothing (variable %j)", async (value) => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", value);
    try {
      expect(telemetryEnabled()).toBe(false);
      expect(await startTelemetry("backplane-test")).toBeNull();
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      expect(loaded.filter((file) => /@opentelemetry\/(sdk-|exporter-)|@prisma\/instrumentation/.test(file))).toEqual([]);

      const lines: string[] = [];
      const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      });
      const span = await trace.getTracer("test").startActiveSpan("test request", async (active) => {
        await db.listing.count();
        logger.info("inside the span");
        active.end();
        return active;
      });
      write.mockRestore();
      expect(span.isRecording()).toBe(false);
      expect(JSON.parse(lines.find((line) => line.includes("inside the span"))!)).not.toHaveProperty("trace_id");
      expect(Reflect.get(globalThis, "PRISMA_INSTRUMENTATION")).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
