// @ts-check
// A quick, clear 503 when the database pool is exhausted (docs/decisions/019-server-entry.md). When some
// request has already waited this long for a database connection, the pool is not merely busy but stuck
// (long transactions, locks, a database that stopped answering): a new request would only queue behind
// it and time out. It is answered at once instead, and the server recovers by itself as soon as
// connections flow again. src/server/db.ts measures the wait and publishes it on globalThis.

export const EXHAUSTED_AFTER_MS = 1_000;

/** @returns {number} how long the longest-waiting caller has waited for a connection, in ms */
function longestWait() {
  const measure = /** @type {{ backplanePoolWaitMs?: () => number }} */ (globalThis).backplanePoolWaitMs;
  return measure ? measure() : 0;
}

/** Requests that never touch the database, or must answer whatever the pool's state. */
const EXEMPT = /^\/(?:_next\/static\/|api\/health\/live(?:\?|$)|favicon\.ico$|apple-touch-icon\.png$|icon\.svg$)/;

/**
 * Answers 503 when the pool is exhausted; returns whether it did.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {number} [wait]
 */
export function shedWhenPoolExhausted(request, response, wait = longestWait()) {
  if (wait < EXHAUSTED_AFTER_MS || EXEMPT.test(request.url ?? "/")) return false;
  const json = (request.url ?? "").startsWith("/api/");
  response.writeHead(503, {
    "Content-Type": json ? "application/json" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": "5",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
  });
  response.end(
    json
      ? JSON.stringify({
          error: { code: "unavailable", message: "Backplane is very busy right now. Try again in a few seconds." },
        })
      : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Busy · Backplane</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Backplane is very busy</h1><p>Requests are waiting too long for the database right now. Nothing you did caused this. Please try again in a few seconds.</p><p><a href="/">Try the home page</a></p></body></html>`,
  );
  return true;
}
