import { expect, test, type APIRequestContext } from "@playwright/test";
import { startOtlpReceiver } from "../setup/otlp-receiver";
import { spawnServer, untilReady, type ExtraServer } from "./extra-server";

// Traces from a production server (`npm start` on the run's build and database, decision 028): with
// OTEL_EXPORTER_OTLP_ENDPOINT set, a request is exported as Next's SERVER span, continuing the caller's
// W3C trace, with the Prisma queries it ran in the same trace. With it blank (as compose passes an unset
// one), nothing is sent, even where the SDK's traces-only variable names a collector: no SDK is loaded.
// Job and query spans in detail: tests/integration/telemetry.test.ts.

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let traced: ExtraServer;
let untraced: ExtraServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  receiver = await startOtlpReceiver();
  // Jobs stay with the run's main server; spans are sent every 200 ms instead of every 5 s.
  // LOG_LEVEL info: the access lines, which carry the trace.
  traced = spawnServer(3385, {
    LOG_LEVEL: "info",
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_BSP_SCHEDULE_DELAY: "200",
    JOBS_IN_PROCESS: "false",
  });
  untraced = spawnServer(3386, {
    OTEL_EXPORTER_OTLP_ENDPOINT: "",
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
    // Any span it sent would be told apart by this name, including those of its readiness probes.
    OTEL_SERVICE_NAME: "backplane-untraced",
    OTEL_BSP_SCHEDULE_DELAY: "200",
    JOBS_IN_PROCESS: "false",
  });
  await Promise.all([untilReady(traced), untilReady(untraced)]);
});

test.afterAll(async () => {
  traced?.kill();
  untraced?.kill();
  await receiver?.close();
});

/** A live listing's slug, from the search page's first result. */
async function firstListingSlug(request: APIRequestContext): Promise<string> {
  const html = await (await request.get(`${traced.url}/jobs`)).text();
  return /href="\/jobs\/([a-z0-9]+(?:-[a-z0-9]+)+)"/.exec(html)![1]!;
}

const traceparent = (traceId: string) => `00-${traceId}-${"1".repeat(16)}-01`;

test("a request is one trace: the entry's server span, Next's below it, and the Prisma queries", async ({ request }) => {
  const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
  const slug = await firstListingSlug(request);
  const response = await request.get(`${traced.url}/jobs/${slug}?utm_source=test`, {
    headers: { traceparent: traceparent(traceId) },
  });
  expect(response.status()).toBe(200);

  await expect.poll(() => receiver.spans.filter((s) => s.traceId === traceId).length, { timeout: 15_000 }).toBeGreaterThan(1);
  await expect
    .poll(() => receiver.spans.some((s) => s.traceId === traceId && s.name === "prisma:client:operation"), { timeout: 15_000 })
    .toBe(true);
  // OTLP numbers span kinds from 1: SERVER is 2. The entry's span ends when the response closes, after the
  // spans inside it, so it may arrive in a later batch than those: wait for it too.
  const isEntrySpan = (s: (typeof receiver.spans)[number]) =>
    s.traceId === traceId && s.kind === 2 && s.parentSpanId === "1".repeat(16);
  await expect
    .poll(() => receiver.spans.some(isEntrySpan), { timeout: 15_000, message: "the entry's SERVER span, child of the caller's" })
    .toBe(true);
  const spans = receiver.spans.filter((s) => s.traceId === traceId);
  const server = spans.find(isEntrySpan);
  // The entry's span, named by route template like the metrics' labels, with the path but not the query.
  expect(server!.name).toBe("GET /jobs/[slug]");
  expect(server!.service).toBe("backplane");
  expect(server!.attributes).toMatchObject({
    "http.request.method": "GET",
    "http.route": "/jobs/[slug]",
    "http.response.status_code": 200,
    "url.path": `/jobs/${slug}`,
  });
  // Next's own request span below it, and the access log line carries the trace.
  const next = spans.find((s) => s.attributes["next.span_type"] === "BaseServer.handleRequest");
  expect(next?.parentSpanId).toBe(server!.spanId);
  await expect.poll(() => traced.output().includes(`"trace_id":"${traceId}"`)).toBe(true);
});

test("with the variable blank, the server sends nothing", async ({ request }) => {
  const traceId = "5cf92f3577b34da6a3ce929d0e0e4737";
  expect((await request.get(`${untraced.url}/jobs`, { headers: { traceparent: traceparent(traceId) } })).status()).toBe(200);
  // The traced server, asked the same, has sent its spans well within this time.
  await request.get(`${traced.url}/jobs`, { headers: { traceparent: traceparent("6cf92f3577b34da6a3ce929d0e0e4738") } });
  await expect
    .poll(() => receiver.spans.some((s) => s.traceId === "6cf92f3577b34da6a3ce929d0e0e4738"), { timeout: 15_000 })
    .toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(receiver.spans.filter((s) => s.traceId === traceId)).toEqual([]);
  expect(receiver.spans.every((s) => s.service === "backplane")).toBe(true);
});
