import { createRequire } from "node:module";
import { SpanKind, trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTelemetry, stopTelemetry } from "../../server/telemetry.mjs";
import { db } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { logger } from "@/server/log";
import { resetDatabase } from "../setup/db";
import { waitForJobs } from "../setup/jobs";
import { startOtlpReceiver } from "../setup/otlp-receiver";

// Traces on (server/telemetry.mjs with OTEL_EXPORTER_OTLP_ENDPOINT set): spans of Prisma queries and jobs
// reach an OTLP/HTTP collector, and log lines written inside a span carry its ids. The request spans come
// from Next and are checked against a production server in tests/e2e/telemetry.spec.ts; tracing off is
// tests/integration/telemetry-off.test.ts (a process of its own: the tracer provider is global).

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;

beforeAll(async () => {
  await resetDatabase();
  receiver = await startOtlpReceiver();
  vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.url);
  expect(await startTelemetry("backplane-test")).not.toBeNull();
});

afterAll(async () => {
  await stopTelemetry();
  vi.unstubAllEnvs();
  await receiver.close();
});

/** Sends what the SDK has batched, then waits for the collector to have received a span matching `where`. */
async function received(where: (span: (typeof receiver.spans)[number]) => boolean) {
  const provider = trace.getTracerProvider() as unknown as { getDelegate(): { forceFlush(): Promise<void> } };
  for (let i = 0; i < 50; i++) {
    await provider.getDelegate().forceFlush();
    if (receiver.spans.some(where)) return receiver.spans;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No such span; received: ${receiver.spans.map((s) => s.name).join(", ")}`);
}

describe("traces over OTLP/HTTP", () => {
  it("loaded the SDK only now that the variable is set", () => {
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((file) => file.includes("@opentelemetry/sdk-trace-node"))).toBe(true);
  });

  it("exports a Prisma query as spans below the span it ran in, and logs inside carry its trace id", async () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const traceId = await trace.getTracer("test").startActiveSpan("test request", async (span) => {
      await db.listing.count({ where: { status: "PUBLISHED" } });
      logger.info("inside the span");
      span.end();
      return span.spanContext().traceId;
    });
    logger.info("outside any span");
    write.mockRestore();

    const spans = await received((s) => s.traceId === traceId && s.name === "prisma:client:operation");
    const operation = spans.find((s) => s.traceId === traceId && s.name === "prisma:client:operation")!;
    expect(operation.service).toBe("backplane-test");
    expect(operation.attributes).toMatchObject({ method: "count", model: "Listing" });
    const parent = spans.find((s) => s.traceId === traceId && s.name === "test request")!;
    expect(operation.parentSpanId).toBe(parent.spanId);
    // The SQL itself is a span too, with the statement (parameters stay out: they are values, not shape).
    const query = spans.find((s) => s.traceId === traceId && s.name === "prisma:client:db_query");
    expect(query?.attributes["db.query.text"] ?? query?.attributes["db.statement"]).toMatch(/SELECT COUNT/i);

    const inside = JSON.parse(lines.find((line) => line.includes("inside the span"))!) as Record<string, unknown>;
    expect(inside).toMatchObject({ trace_id: traceId, span_id: parent.spanId });
    const outside = JSON.parse(lines.find((line) => line.includes("outside any span"))!) as Record<string, unknown>;
    expect(outside).not.toHaveProperty("trace_id");
  });

  it("gives every job a span of its own, with its queries below it", async () => {
    await startJobRunner({ schedules: false, pollingIntervalSeconds: 0.5 });
    try {
      await enqueueJob("expire-listings");
      const [job] = await waitForJobs("expire-listings");
      expect(job?.state).toBe("completed");
      const spans = await received((s) => s.name === "job expire-listings");
      const span = spans.find((s) => s.name === "job expire-listings")!;
      expect(span.kind).toBe(SpanKind.CONSUMER + 1); // OTLP numbers kinds from 1 (INTERNAL), the API from 0
      expect(span.attributes).toMatchObject({
        "messaging.system": "pg-boss",
        "messaging.destination.name": "expire-listings",
        "messaging.message.id": job!.id,
      });
      await received((s) => s.traceId === span.traceId && s.name === "prisma:client:operation");
    } finally {
      await stopJobRunner();
    }
  });

  it("sent everything as JSON to /v1/traces", () => {
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.requests.every((line) => line.startsWith("POST /v1/traces application/json"))).toBe(true);
  });
});
