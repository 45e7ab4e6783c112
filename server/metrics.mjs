// @ts-check
// The process's Prometheus registry, on globalThis under a registered symbol so `npm start`'s entry (which
// counts requests) and the app's /api/metrics route (which adds database figures and answers) share it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { routeLabeller, urlTemplate } from "./route-label.mjs";

/**
 * @typedef {{
 *   registry: Registry,
 *   requests: Counter<"method" | "route" | "status">,
 *   duration: Histogram<"method" | "route">,
 *   pageCache: Counter<"route" | "result">,
 *   dataLookups: Counter<"cache">,
 *   dataComputations: Counter<"cache">,
 * }} Metrics
 */

const KEY = Symbol.for("backplane.metrics");

/** @returns {Metrics} */
export function metrics() {
  const holder = /** @type {Record<symbol, Metrics | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= create());
}

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "http_requests_total",
    help: "Requests answered, by method, route template and status code.",
    labelNames: /** @type {const} */ (["method", "route", "status"]),
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by method and route template.",
    labelNames: /** @type {const} */ (["method", "route"]),
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pageCache = new Counter({
    name: "backplane_page_cache_responses_total",
    help: "Answers from Next's full-route cache by route template and result (hit, stale, miss, revalidated).",
    labelNames: /** @type {const} */ (["route", "result"]),
    registers: [registry],
  });
  // Hit rate of the data cache: 1 - computations / lookups (a stale entry refreshed in the background
  // counts as a computation too).
  const dataLookups = new Counter({
    name: "backplane_data_cache_lookups_total",
    help: "Reads through Next's data cache (src/server/cache/cached.ts), by cached function.",
    labelNames: /** @type {const} */ (["cache"]),
    registers: [registry],
  });
  const dataComputations = new Counter({
    name: "backplane_data_cache_computations_total",
    help: "Times a cached function actually ran (a miss, or a refresh of a stale entry), by cached function.",
    labelNames: /** @type {const} */ (["cache"]),
    registers: [registry],
  });
  return { registry, requests, duration, pageCache, dataLookups, dataComputations };
}

// Methods outside this list are counted as OTHER: a client chooses the method, and labels must stay few.
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const CACHE_RESULTS = new Set(["hit", "stale", "miss", "revalidated"]);

/**
 * Labels requests by the build's route templates (Next's app-paths manifest in `.next/server`).
 * @param {string} appDir the project folder
 */
export function requestObserver(appDir) {
  let templates = /** @type {string[]} */ ([]);
  try {
    const manifest = JSON.parse(readFileSync(path.join(appDir, ".next", "server", "app-paths-manifest.json"), "utf8"));
    templates = Object.keys(manifest).flatMap((key) => urlTemplate(key) ?? []);
  } catch {
    // No manifest (not a production build): every request is labelled "(other)".
  }
  const label = routeLabeller(templates);
  const { requests, duration, pageCache } = metrics();
  /**
   * @param {string} method @param {string} urlPath @param {number | "aborted"} status @param {number} seconds
   * @param {unknown} [cacheHeader] the answer's x-nextjs-cache header, which Next sets on cacheable pages
   * @returns {string} the route template it was counted under (also the request's span name)
   */
  return (method, urlPath, status, seconds, cacheHeader) => {
    const m = METHODS.has(method) ? method : "OTHER";
    const route = label(urlPath, status);
    requests.inc({ method: m, route, status: String(status) });
    duration.observe({ method: m, route }, seconds);
    const result = typeof cacheHeader === "string" ? cacheHeader.toLowerCase() : "";
    if (CACHE_RESULTS.has(result)) pageCache.inc({ route, result });
    return route;
  };
}
