import { env } from "@/lib/env";
import { metricsResponse } from "@/server/metrics/endpoint";

// Prometheus scrapes this (docs/deploy.md): request counts and latency by route, the job queue, the mail
// outbox and the database pool. Only with METRICS_TOKEN as a Bearer token; without one configured, a 404.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return metricsResponse(request, env.METRICS_TOKEN);
}
