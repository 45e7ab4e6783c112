import "server-only";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import { pino } from "pino";
import { env } from "@/lib/env";
import { currentRequestId } from "@/server/runtime/request-context";

// The app's logger: one JSON object per line on stdout, each with the id of the request or job it belongs
// to (src/server/runtime/request-context.ts), so one request's lines can be found among many instances'.
// With tracing on (server/telemetry.mjs), a line written inside a span also carries its trace_id and span_id,
// so a trace leads to its log lines and back. LOG_LEVEL (default info) chooses how much; `npm start`'s access log (server/log.mjs) writes the same shape.

export const logger = pino(
  {
    level: env.LOG_LEVEL,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = currentRequestId();
      const span = trace.getActiveSpan()?.spanContext();
      return {
        ...(requestId ? { requestId } : {}),
        ...(span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {}),
      };
    },
  },
  // Through process.stdout (not a file descriptor of pino's own), so tests can read what was written.
  { write: (line: string) => void process.stdout.write(line) },
);
