import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { metrics } from "../../../server/metrics.mjs";
import { registerDatabaseMetrics } from "@/server/metrics/database";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether the Authorization header is `Bearer <token>`, compared in constant time (digests of equal length). */
export function bearerMatches(header: string | null, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? "");
  return timingSafeEqual(digest(match?.[1] ?? ""), digest(token)) && match !== null;
}

const PRIVATE = { "Cache-Control": "no-store" };

/**
 * The answer to GET /api/metrics: 404 when no token is configured (the route does not exist for the world),
 * 401 without the right Bearer token, otherwise the registry in Prometheus's text format.
 */
export async function metricsResponse(request: Request, token: string | undefined): Promise<Response> {
  if (!token)
    return new Response("Not found\n", { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8", "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { registry } = metrics();
  registerDatabaseMetrics(registry);
  return new Response(await registry.metrics(), { headers: { ...PRIVATE, "Content-Type": registry.contentType } });
}
