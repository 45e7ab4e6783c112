// @ts-check
// OpenTelemetry traces (docs/decisions/028-scale-out.md, "Traces"): on only when OTEL_EXPORTER_OTLP_ENDPOINT
// is set, and then exported over OTLP/HTTP (JSON) to `<endpoint>/v1/traces`. Unset, nothing here loads the
// SDK: the app's calls to @opentelemetry/api stay the API's no-ops, which cost a function call each.
//
// Started once per process, before Next loads (server/start.mjs, scripts/worker.ts), so the tracer
// provider is registered globally when the entry's span per request (startRequestSpan below), Next's own
// spans under it (its request span and the render spans), Prisma's (through @prisma/instrumentation, which the generated
// client finds on globalThis) and the job runner's (src/server/jobs/runner.ts) ask for a tracer. The rest
// of the standard variables (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER, …) are
// read by the SDK itself.

import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";

const KEY = Symbol.for("backplane.telemetry");

/** @typedef {{ shutdown: () => Promise<void>, forceFlush: () => Promise<void> }} Telemetry */

/** Whether this process exports traces (the variable is read as the SDK reads it: blank means unset). */
export function telemetryEnabled() {
  return (process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? "").trim() !== "";
}

/**
 * Starts tracing for this process when configured; a second call returns the first one's handle.
 * @param {string} serviceName the default for OTEL_SERVICE_NAME ("backplane" for app servers, "backplane-worker")
 * @returns {Promise<Telemetry | null>} null when tracing is off
 */
export async function startTelemetry(serviceName) {
  const holder = /** @type {Record<symbol, Promise<Telemetry | null> | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (!telemetryEnabled()) return null;
  return (holder[KEY] ??= load(serviceName));
}

/** @param {string} serviceName @returns {Promise<Telemetry>} */
async function load(serviceName) {
  const [{ NodeTracerProvider }, { BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }, instrumentation] =
    await Promise.all([
      import("@opentelemetry/sdk-trace-node"),
      import("@opentelemetry/sdk-trace-base"),
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
      import("@prisma/instrumentation"),
    ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      "service.name": process.env.OTEL_SERVICE_NAME?.trim() || serviceName,
      "service.instance.id": `${process.env.HOSTNAME ?? "local"}:${process.pid}`,
    }),
    // Batches of spans, sent in the background: a slow collector never delays a request.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Registers the provider, the AsyncLocalStorage context manager and W3C trace-context propagation, so a
  // proxy's `traceparent` header continues its trace.
  provider.register();
  // Prisma 7 traces through a helper on globalThis that the generated client looks up per query: enabling
  // the instrumentation is all it takes (no preview feature since Prisma 6.1).
  new instrumentation.PrismaInstrumentation().enable();
  return {
    forceFlush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

/** Sends the spans still buffered and stops (graceful shutdown); nothing when tracing is off. */
export async function stopTelemetry() {
  const holder = /** @type {Record<symbol, Promise<Telemetry | null> | undefined>} */ (/** @type {unknown} */ (globalThis));
  const telemetry = await holder[KEY];
  holder[KEY] = undefined;
  await telemetry?.shutdown();
}

/**
 * `npm start`'s span for each request, named by the route template that labels its metrics (`GET /jobs/[slug]`):
 * Next's own request span carries only the method when a custom server calls it, and becomes this one's
 * child. A caller's `traceparent` is continued. Only called with tracing on.
 * @param {import("node:http").IncomingMessage} request
 */
export function startRequestSpan(request) {
  const method = request.method ?? "GET";
  const parent = propagation.extract(context.active(), request.headers);
  const span = trace.getTracer("backplane.server").startSpan(
    method,
    {
      kind: SpanKind.SERVER,
      // The path without its query string, as in the access log: queries carry searches and signed tokens.
      attributes: { "http.request.method": method, "url.path": (request.url ?? "/").split("?")[0] ?? "/" },
    },
    parent,
  );
  return {
    context: trace.setSpan(parent, span),
    /** @param {string} route the route template @param {number | "aborted"} status */
    end(route, status) {
      span.updateName(`${method} ${route}`);
      span.setAttribute("http.route", route);
      if (typeof status === "number") span.setAttribute("http.response.status_code", status);
      if (status === "aborted" || status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
