// @ts-check
// `npm start`'s logger: JSON lines on stdout in the same shape as the app's (src/server/log.ts), each with
// the id of the request it belongs to (server/request-context.mjs), and the trace_id and span_id of the span
// it is written in when tracing is on (server/telemetry.mjs). LOG_LEVEL chooses how much.
import { format } from "node:util";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import { pino } from "pino";
import { requestContext } from "./request-context.mjs";

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = requestContext().getStore()?.requestId;
      const span = trace.getActiveSpan()?.spanContext();
      return {
        ...(requestId ? { requestId } : {}),
        ...(span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {}),
      };
    },
  },
  { write: (line) => void process.stdout.write(line) },
);

/**
 * One line per answered request. The path without its query string: queries carry what people search
 * for and signed tokens, which have no place in logs.
 * @param {import("node:http").IncomingMessage} request
 * @param {number | "aborted"} status the answer's status, or "aborted" when the connection closed first
 * @param {number} seconds from the request's arrival to the end of its answer
 */
export function logAccess(request, status, seconds) {
  const ms = seconds * 1000;
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  // Probes and static files would drown the rest; they show at LOG_LEVEL=debug.
  const level = path.startsWith("/api/health") || path.startsWith("/_next/static/") ? "debug" : "info";
  logger[level]({ method: request.method, path, status, ms: Math.round(ms * 10) / 10 }, "request");
}

/**
 * Next.js and libraries write errors with console.error; made JSON lines here, they carry the request's id
 * like the app's own. An Error among the arguments is kept whole (stack, cause) under `err`.
 */
export function routeConsoleThroughLogger() {
  /** @type {Array<["error" | "warn" | "log" | "info", "error" | "warn" | "info"]>} */
  const routes = [
    ["error", "error"],
    ["warn", "warn"],
    ["log", "info"],
    ["info", "info"],
  ];
  for (const [method, level] of routes) {
    console[method] = (...args) => {
      const err = args.find((arg) => arg instanceof Error);
      const rest = args.filter((arg) => arg !== err);
      logger[level](err ? { err } : {}, rest.length > 0 ? format(...rest) : String(err));
    };
  }
}
