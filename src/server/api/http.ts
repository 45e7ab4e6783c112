import "server-only";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { addressFromHeaders } from "@/server/request";

// The public read API's HTTP conventions: JSON bodies, read-only CORS for any origin, errors as
// { error: { code, message, parameter? } }, and a per-client request budget.

export const API_RATE_LIMIT = { requests: 120, windowMs: 60_000 };

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
  // A script on another origin may read only the CORS-safelisted response headers (Content-Type,
  // Cache-Control, …) unless named here. Retry-After is how a 429 says when to try again; the API sends
  // no ETag or Link headers (pages are keyset cursors in the body), so there is nothing else to expose.
  "Access-Control-Expose-Headers": "Retry-After",
};

export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...CORS, ...init.headers } });
}

export type ApiErrorCode = "invalid_parameter" | "not_found" | "rate_limited";

export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: { parameter?: string; headers?: Record<string, string> } = {},
) {
  const error = { code, message, ...(extra.parameter ? { parameter: extra.parameter } : {}) };
  return apiJson({ error }, { status, headers: { "Cache-Control": "no-store", ...extra.headers } });
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/**
 * Spends one request of the client's budget (shared by every public read endpoint: /api/v1 and /api/mcp).
 * Null when there was budget left, else the seconds until there is.
 */
export async function spendApiBudget(request: Request, now = Date.now()): Promise<number | null> {
  try {
    await consumeRateLimit(`api:${addressFromHeaders(request.headers)}`, API_RATE_LIMIT.requests, API_RATE_LIMIT.windowMs, now);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return error.retryAfterSeconds ?? Math.ceil(API_RATE_LIMIT.windowMs / 1000);
  }
}

/** A 429 response when the client has spent its budget, otherwise null. */
export async function rateLimited(request: Request, now = Date.now()): Promise<Response | null> {
  const wait = await spendApiBudget(request, now);
  if (wait === null) return null;
  const retryAfter = String(wait);
  return apiError(429, "rate_limited", `Too many requests. Try again in ${retryAfter} seconds.`, {
    headers: { "Retry-After": retryAfter },
  });
}
