import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { requestObserver } from "../../server/metrics.mjs";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { cachedFunction } from "@/server/cache/cached";
import { db } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue";
import { bearerMatches, metricsResponse } from "@/server/metrics/endpoint";
import { resetDatabase } from "../setup/db";

const TOKEN = "s3cret-metrics-token-for-tests";
const scrape = (authorization?: string, token: string | null = TOKEN) =>
  metricsResponse(
    new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }),
    token ?? undefined,
  );

beforeEach(resetDatabase);

describe("/api/metrics refusals", () => {
  it("does not exist (404) while METRICS_TOKEN is unset, whatever the request says", async () => {
    // The test environment sets no METRICS_TOKEN: the real route answers 404.
    const response = await metricsRoute(
      new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }),
    );
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("http_requests_total");
    expect((await scrape(`Bearer ${TOKEN}`, null)).status).toBe(404);
  });

  it("answers 401 without the exact Bearer token, and says nothing else", async () => {
    for (const authorization of [
      undefined,
      "",
      "Bearer",
      "Bearer ",
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `bearer ${TOKEN}`,
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN} extra`,
      TOKEN,
    ]) {
      const response = await scrape(authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(await response.text()).toBe("Unauthorized\n");
    }
  });

  it("compares tokens of any length without throwing", () => {
    expect(bearerMatches(`Bearer ${"x".repeat(10_000)}`, TOKEN)).toBe(false);
    expect(bearerMatches(null, TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
  });
});

describe("/api/metrics figures", () => {
  it("gives requests by route, the job queue, the outbox backlog and the pool in Prometheus's text format", async () => {
    // An app folder without a build, whatever the checkout holds (npm test builds before its second run).
    const appDir = mkdtempSync(join(tmpdir(), "backplane-metrics-"));
    const observe = requestObserver(appDir);
    rmSync(appDir, { recursive: true });
    observe("GET", "/api/health/live", 200, 0.004);
    observe("BREW", "/wp-login.php", 404, 0.002);
    observe("GET", "/", 200, 0.003, "HIT");
    observe("GET", "/", 200, 0.003, "STALE");
    observe("GET", "/", 200, 0.003, "forged");
    await cachedFunction(async () => 1, ["metrics-test-v1"], { tags: [], revalidate: 60 })();
    await enqueueJob("expire-listings");
    await db.emailOutbox.create({ data: { kind: "password-changed", data: {}, toAddress: "a@example.test", dedupeKey: "m1" } });

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    const value = (series: string) => {
      const line = body.split("\n").find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };

    // Without a build's route manifest every served path is "(other)"; a 404 is "(not found)", and an unknown
    // method is OTHER: the label set never grows with what clients send.
    expect(value('http_requests_total{method="GET",route="(other)",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(value('http_requests_total{method="OTHER",route="(not found)",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(body).not.toContain("wp-login");
    expect(value('http_request_duration_seconds_count{method="GET",route="(other)"}')).toBeGreaterThanOrEqual(1);
    expect(value('backplane_job_queue_jobs{queue="expire-listings",state="created"}')).toBe(1);
    expect(value('backplane_email_outbox_messages{status="PENDING"}')).toBe(1);
    expect(value('backplane_email_outbox_messages{status="PARKED"}')).toBe(0);
    expect(value('backplane_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(value('backplane_db_pool_connections{state="waiting"}')).toBe(0);
    expect(value("backplane_db_pool_max")).toBeGreaterThanOrEqual(1);
    expect(value("process_cpu_user_seconds_total")).toBeGreaterThan(0);
    // Full-route cache answers by route and result, from the x-nextjs-cache header Next sets; other values
    // are not counted.
    expect(value('backplane_page_cache_responses_total{route="(other)",result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(value('backplane_page_cache_responses_total{route="(other)",result="stale"}')).toBeGreaterThanOrEqual(1);
    expect(body).not.toContain('result="forged"');
    // Outside a Next.js server there is no data cache: every lookup computes.
    expect(value('backplane_data_cache_lookups_total{cache="metrics-test-v1"}')).toBe(1);
    expect(value('backplane_data_cache_computations_total{cache="metrics-test-v1"}')).toBe(1);
  });
});
