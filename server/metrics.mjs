// @ts-check
// The process's Prometheus registry, on globalThis under a registered symbol so `npm start`'s entry (which
// counts requests) and the app's /api/metrics route (which adds database figures and answers) share it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { routeLabeller, urlTemplate } from "./route-label.mjs";

/** @typedef {{ registry: Registry, requests: Counter<"method" | "route" | "status">, duration: Histogram<"method" | "route"> }} Metrics */

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
  return { registry, requests, duration };
}

// Methods outside this list are counted as OTHER: a client chooses the method, and labels must stay few.
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

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
  const { requests, duration } = metrics();
  /** @param {string} method @param {string} urlPath @param {number} status @param {number} seconds */
  return (method, urlPath, status, seconds) => {
    const m = METHODS.has(method) ? method : "OTHER";
    const route = label(urlPath, status);
    requests.inc({ method: m, route, status: String(status) });
    duration.observe({ method: m, route }, seconds);
  };
}
