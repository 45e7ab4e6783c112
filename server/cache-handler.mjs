// @ts-check
// Next's cache handler in Redis, used only when REDIS_URL is set (next.config.ts; decision 028). It holds
// both caches this app uses — the data cache (`unstable_cache`, entries of kind FETCH) and the full-route
// cache (home and listing pages, kind APP_PAGE) — so every instance serves and expires the same entries.
//
// Tag expiry: each expired tag's time is one field of a Redis hash; an entry whose tags (its own, and the
// soft tags Next passes for the page reading it) expired after it was written is a miss, on every
// instance at once. Next's stale-while-revalidate marks are treated as expiry: this app only ever expires.
//
// Redis away or slow: a read is a miss (Next renders fresh), a write is dropped, an expiry is logged;
// never an error for the visitor. Next builds a handler per request, so the connection is per process.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";

const PREFIX = "backplane:cache:";
/** One hash for all builds: a tag expired by a new release's instance expires the old release's entries. */
export const TAGS_KEY = `${PREFIX}tags`;
const TAGS_HEADER = "x-next-cache-tags";
const DAY_SECONDS = 24 * 60 * 60;

/** @typedef {{ lastModified: number, value: unknown, cacheControl?: unknown, tags: string[] }} StoredEntry */

const HOLDER = Symbol.for("backplane.cacheRedis");

/**
 * The process's connection for the cache, shared (through a registered symbol) by the handler Next loads
 * and the app bundle's copy of this module (src/server/cache/expire.ts). Null without REDIS_URL.
 * @returns {Redis | null}
 */
export function cacheRedis() {
  const holder = /** @type {Record<symbol, Redis | null | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (holder[HOLDER] === undefined) {
    const url = process.env.REDIS_URL;
    holder[HOLDER] = url ? connectCacheRedis(url) : null;
  }
  return holder[HOLDER] ?? null;
}

/**
 * A connection that fails fast (exported for tests, which also point one at a Redis that is down).
 * @param {string} url
 */
export function connectCacheRedis(url) {
  const client = new Redis(url, {
    // Fail at once while disconnected, and give up on a stalled command soon: a miss is cheaper than a wait.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let down = false;
  client.on("error", (error) => {
    if (down) return;
    down = true;
    console.warn(`Redis unavailable for the page and data cache; serving fresh renders until it is back. ${error.message}`);
  });
  client.on("ready", () => {
    down = false;
  });
  return client;
}

/**
 * Marks the tags expired now (plus `expireSeconds`), for every instance. Used by the handler and, in
 * processes without Next's cache (the worker, scripts), by src/server/cache/expire.ts directly.
 * @param {readonly string[]} tags
 * @param {number} [expireSeconds]
 */
export async function expireTagsInRedis(tags, expireSeconds = 0) {
  const client = cacheRedis();
  if (!client || tags.length === 0) return;
  const at = String(Date.now() + Math.max(0, expireSeconds) * 1000);
  await client.hset(TAGS_KEY, Object.fromEntries(tags.map((tag) => [tag, at])));
}

/** Buffers and Maps (page RSC payloads and segments) survive JSON as tagged objects. */
/** @this {any} @param {string} key @param {unknown} value */
function replacer(key, value) {
  const raw = this[key];
  if (raw instanceof Uint8Array) return { $buffer: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
  if (raw instanceof Map) return { $map: [...raw] };
  return value;
}

/** @param {string} _key @param {any} value */
function reviver(_key, value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

/** The tags an entry carries: a data entry's own, or a page's from the header Next stores with it. */
/** @param {any} data @param {any} ctx @returns {string[]} */
function tagsOf(data, ctx) {
  const fromHeader = data?.headers?.[TAGS_HEADER];
  const header = typeof fromHeader === "string" ? fromHeader.split(",") : [];
  return [...new Set([...(data?.tags ?? []), ...(ctx?.tags ?? []), ...header].filter((tag) => typeof tag === "string"))];
}

/** Kept well past its revalidate time, so Next can serve it stale while rendering anew; a day at most. */
/** @param {any} data @param {any} ctx */
function ttlSeconds(data, ctx) {
  const revalidate = ctx?.cacheControl?.revalidate ?? ctx?.revalidate ?? data?.revalidate;
  return typeof revalidate === "number" && revalidate > 0 ? Math.min(Math.max(revalidate * 12, 60), DAY_SECONDS) : DAY_SECONDS;
}

/** @param {string | undefined} serverDistDir */
function buildIdOf(serverDistDir) {
  try {
    return serverDistDir ? readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() : "unknown";
  } catch {
    return "unknown";
  }
}

/** @type {Map<string, string>} */
const buildIds = new Map();

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    const dir = ctx.serverDistDir ?? "";
    if (!buildIds.has(dir)) buildIds.set(dir, buildIdOf(ctx.serverDistDir));
    // Entries are per build: a page's HTML names the build's own script files.
    this.prefix = `${PREFIX}${buildIds.get(dir)}:`;
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const client = cacheRedis();
    if (!client || client.status !== "ready") return null;
    try {
      const raw = await client.get(this.prefix + key);
      if (!raw) return null;
      /** @type {StoredEntry} */
      const entry = JSON.parse(raw, reviver);
      const tags = [...new Set([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
      if (tags.length > 0) {
        const now = Date.now();
        const expiries = await client.hmget(TAGS_KEY, ...tags);
        // An expiry in the very millisecond the entry was written may have come after it: a miss, never stale.
        if (expiries.some((at) => at !== null && Number(at) >= entry.lastModified && Number(at) <= now)) return null;
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch {
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const client = cacheRedis();
    if (!client || client.status !== "ready") return;
    /** @type {StoredEntry} */
    const entry = {
      lastModified: Date.now(),
      value: data,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: tagsOf(data, ctx),
    };
    try {
      await client.set(this.prefix + key, JSON.stringify(entry, replacer), "EX", ttlSeconds(data, ctx));
    } catch {
      // Not cached this time; the next request renders again.
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    try {
      await expireTagsInRedis(typeof tags === "string" ? [tags] : tags, durations?.expire ?? 0);
    } catch (error) {
      console.warn(
        `Cache tags ${String(tags)} could not be expired in Redis; cached pages refresh within their revalidate time.`,
        error,
      );
    }
  }

  resetRequestCache() {}
}
