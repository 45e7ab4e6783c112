// @ts-check
// `npm start`: the production server (docs/decisions/019-server-entry.md). Next.js serves the app as
// `next start` would; around it this entry
// - checks the environment at boot: a warm-up request makes Next run src/instrumentation.ts, which
//   validates every variable, so a missing or bad one stops the process here, named, before it listens;
// - decides the client's address from the socket and TRUSTED_PROXY_HOPS, and drops forwarding headers a
//   client could forge (server/client-address.mjs);
// - answers 503 at once while the database pool is exhausted (server/pool-gate.mjs);
// - on SIGTERM/SIGINT flips /api/health/ready to 503, stops accepting (after SHUTDOWN_DELAY_MS, 0 by
//   default, for load balancers that must see the 503 first), lets in-flight requests finish, closes
//   keep-alive connections, stops the job runner and the database pool, and exits within 10 s;
// - gives each request an id (a valid `x-request-id` from the proxy, or a new one), answers with it, and
//   runs the request inside it, so every JSON log line the request causes carries it (server/log.mjs);
// - with OTEL_EXPORTER_OTLP_ENDPOINT set, starts OpenTelemetry tracing before Next loads, so Next's own
//   request spans, Prisma's and the jobs' are exported (server/telemetry.mjs); unset, no SDK is loaded.
import http from "node:http";
import { context } from "@opentelemetry/api";
import { fileURLToPath } from "node:url";
import { trustForwardingHeaders } from "./client-address.mjs";
import { trackConnections } from "./graceful-shutdown.mjs";
import { logAccess, logger, routeConsoleThroughLogger } from "./log.mjs";
import { requestObserver } from "./metrics.mjs";
import { shedWhenPoolExhausted } from "./pool-gate.mjs";
import { requestContext, serveWithRequestId } from "./request-context.mjs";
import { keepRouterPayloadsOutOfBrowserCache } from "./router-payloads.mjs";
import { serverState } from "./state.mjs";
import { startRequestSpan, startTelemetry, stopTelemetry } from "./telemetry.mjs";

const SHUTDOWN_LIMIT_MS = 10_000;
// Requests get most of the budget; the rest is for the job runner and the pool to close.
const DRAIN_DEADLINE_MS = 8_000;

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
// Both validated by src/lib/env.ts when the app boots (warmUp() below), before they matter.
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0;
const shutdownDelayMs = Number(process.env.SHUTDOWN_DELAY_MS ?? 0) || 0;
// The chosen port stays visible to the app. This entry serves production builds only, and React and Next
// choose their production code when they load, so this comes before importing them.
process.env.PORT = String(port);
Object.assign(process.env, { NODE_ENV: "production" });
// The global tracer provider must exist before Next asks for its tracer.
const tracing = (await startTelemetry("backplane")) !== null;
const { default: next } = await import("next");

const dir = fileURLToPath(new URL("..", import.meta.url));
const app = next({ dev: false, hostname, port, dir });
const handle = app.getRequestHandler();

try {
  await app.prepare();
  await warmUp();
} catch (error) {
  console.error(`Backplane cannot start.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// Next logs an error thrown by src/instrumentation.ts and carries on; the app records it for us.
const { bootError } = serverState();
if (bootError) {
  console.error(`Backplane cannot start.\n${bootError}`);
  process.exit(1);
}

/**
 * Next boots the app (and runs src/instrumentation.ts) on its first request, not in prepare(). One request
 * to the liveness route on a private loopback listener makes that happen before the real port opens.
 */
async function warmUp() {
  const probe = http.createServer((request, response) => void handle(request, response));
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", () => resolve(undefined)));
  const { port: probePort } = /** @type {import("node:net").AddressInfo} */ (probe.address());
  try {
    await fetch(`http://127.0.0.1:${probePort}/api/health/live`, { signal: AbortSignal.timeout(60_000) }).then((r) =>
      r.arrayBuffer(),
    );
  } finally {
    probe.closeAllConnections();
    await new Promise((resolve) => probe.close(() => resolve(undefined)));
  }
}

// From here on, whatever Next or a library writes to the console becomes a JSON line with the request's id.
routeConsoleThroughLogger();

// Request counts and latency by route template, for /api/metrics (server/metrics.mjs).
const observe = requestObserver(dir);

const server = http.createServer((request, response) =>
  serveWithRequestId(request, response, (requestId) => {
    const startedAt = process.hrtime.bigint();
    const span = tracing ? startRequestSpan(request) : undefined;
    // On close, not finish: a request the client gave up on is counted and logged too (as aborted).
    // Listeners run outside the request's context; the access line is put back into it (and its span's).
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      const status = response.writableFinished ? response.statusCode : "aborted";
      const route = observe(request.method ?? "GET", request.url ?? "/", status, seconds, response.getHeader("x-nextjs-cache"));
      const log = () => requestContext().run({ requestId }, () => logAccess(request, status, seconds));
      if (span) context.with(span.context, log);
      else log();
      span?.end(route, status);
    });
    const serve = () => {
      trustForwardingHeaders(request, trustedHops);
      if (shedWhenPoolExhausted(request, response)) return;
      keepRouterPayloadsOutOfBrowserCache(request, response);
      handle(request, response).catch((error) => {
        logger.error({ err: error, path: request.url }, "Unhandled error while serving");
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Internal server error");
      });
    };
    if (span) context.with(span.context, serve);
    else serve();
  }),
);
const connections = trackConnections(server);

server.on("error", (error) => {
  // EADDRINUSE and the like: nothing to serve with.
  logger.fatal(`Backplane cannot listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  logger.info(`Backplane listening on http://${hostname}:${port}`);
});

let stopping = false;

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  const startedAt = Date.now();
  const killer = setTimeout(() => {
    logger.error(`Shutdown took longer than ${SHUTDOWN_LIMIT_MS / 1000} s; exiting now.`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  killer.unref();

  const state = serverState();
  state.draining = true;
  connections.announce();
  logger.info(`${signal}: draining ${connections.inFlight} request(s) in flight…`);
  const stopped = Promise.allSettled(state.onDrain.map((hook) => hook()));
  if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
  const clean = await connections.drain(DRAIN_DEADLINE_MS - shutdownDelayMs);
  await stopped;
  await Promise.allSettled(state.onClose.map((hook) => hook()));
  // The spans of the last requests and jobs, still in the exporter's batch.
  await stopTelemetry().catch((error) => logger.warn({ err: error }, "Could not send the last traces"));
  logger.info(`Stopped in ${Date.now() - startedAt} ms${clean ? "" : " (some connections were cut off at the deadline)"}.`);
  process.exit(clean ? 0 : 1);
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
