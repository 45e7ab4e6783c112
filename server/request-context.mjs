// @ts-check
// Which request the running code serves (src/server/runtime/request-context.ts is the app's side of the same
// store): `npm start`'s entry runs each request inside it, so every log line of that request, in this file's
// access log, in server actions or in Next's handlers, carries one id.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { wantsPrimary } from "./read-primary.mjs";

/** @typedef {{ requestId: string, readPrimary?: boolean }} RequestContext */

const KEY = Symbol.for("backplane.request-context");

/** @returns {AsyncLocalStorage<RequestContext>} */
export function requestContext() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<RequestContext> | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  return (holder[KEY] ??= new AsyncLocalStorage());
}

// An id from the client or a proxy is kept only when it cannot hurt a log line or a header: short, and
// nothing but letters, digits and . _ : - (no spaces, quotes, newlines or commas from repeated headers).
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: a valid `x-request-id` header as it came (a proxy's or an upstream service's), or a new
 * one. @param {string | string[] | undefined} header
 */
export function requestIdFrom(header) {
  return typeof header === "string" && SAFE_ID.test(header) ? header : randomUUID();
}

/**
 * Runs `serve` inside the request's id: the app sees it in the request's headers, and the answer carries it.
 * @template T
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {(requestId: string) => T} serve
 * @returns {T}
 */
export function serveWithRequestId(request, response, serve) {
  const requestId = requestIdFrom(request.headers["x-request-id"]);
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  // A browser that just wrote reads the primary, not a replica that may not have replayed the write yet.
  const readPrimary = wantsPrimary(request.headers.cookie);
  return requestContext().run({ requestId, readPrimary }, () => serve(requestId));
}
