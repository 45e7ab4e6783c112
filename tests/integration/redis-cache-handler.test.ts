import { randomUUID } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireTags } from "@/server/cache/expire";
import RedisCacheHandler, { connectCacheRedis, TAGS_KEY } from "../../server/cache-handler.mjs";

// The cache handler Next loads when REDIS_URL is set (server/cache-handler.mjs, decision 028). Two handler
// objects stand in for two instances; a second connection writes what another process would. Entries are
// under build ids of this run's own, deleted at the end; the tag hash is shared by design, and this run only
// ever expires tags in it, which costs another run at most a miss (tests/e2e/two-instances.spec.ts drives
// real servers).

const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const run = randomUUID().slice(0, 8);
const HOLDER = Symbol.for("backplane.cacheRedis");
const holder = globalThis as unknown as Record<symbol, Redis | null | undefined>;
const other = new Redis(url);
const dist = mkdtempSync(path.join(tmpdir(), "backplane-cache-handler-"));

type Handler = {
  get(key: string, ctx: object): Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

/** A handler as Next makes one per request, for a build whose id is `buildId`. */
function handler(build = "1"): Handler {
  const buildId = `test-${run}-${build}`;
  const server = path.join(dist, buildId, "server");
  mkdirSync(server, { recursive: true });
  writeFileSync(path.join(dist, buildId, "BUILD_ID"), buildId);
  return new RedisCacheHandler({ serverDistDir: server });
}

const page = () => ({
  kind: "APP_PAGE",
  html: "<html>home</html>",
  rscData: Buffer.from("rsc payload"),
  segmentData: new Map([["/_index", Buffer.from("segment")]]),
  headers: { "x-next-cache-tags": "listings,_N_T_/layout" },
  status: 200,
});
const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const datum = (n: number) => ({
  kind: "FETCH",
  data: { headers: {}, body: JSON.stringify(n), status: 200, url: "" },
  revalidate: 300,
  tags: ["listings"],
});
const fetchCtx = { kind: "FETCH", tags: ["listings"], softTags: ["_N_T_/jobs"] };

async function ready(client: Redis) {
  if (client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve));
}

beforeAll(async () => {
  holder[HOLDER] = connectCacheRedis(url);
  await Promise.all([ready(holder[HOLDER]!), ready(other)]);
});

afterAll(async () => {
  const keys = await other.keys(`backplane:cache:test-${run}-*`);
  if (keys.length > 0) await other.del(...keys);
  await Promise.all([holder[HOLDER]?.quit(), other.quit()]);
  holder[HOLDER] = undefined;
  rmSync(dist, { recursive: true, force: true });
});

describe("the Redis cache handler", () => {
  it("serves a page written by one instance to another, buffers and segments intact, with its lifetime", async () => {
    await handler().set("/home", page(), { ...pageCtx, cacheControl: { revalidate: 300, expire: 31536000 } });
    const entry = await handler().get("/home", pageCtx);
    expect(entry?.value).toEqual(page());
    expect(entry?.cacheControl).toEqual({ revalidate: 300, expire: 31536000 });
    expect(Math.abs(entry!.lastModified - Date.now())).toBeLessThan(5_000);
    // Kept past the pages' 5 minutes (stale-while-revalidate), at most a day.
    const [key] = await other.keys(`backplane:cache:test-${run}-1:/home`);
    expect(await other.ttl(key!)).toBeGreaterThan(300);
  });

  it("misses at once, on every instance, for entries whose tags another process expired after they were written", async () => {
    await handler().set("/home", page(), { ...pageCtx, cacheControl: { revalidate: 300 } });
    await handler().set("data-1", datum(1), { fetchCache: true, ...fetchCtx });
    await handler().set(
      "data-other",
      { ...datum(2), tags: ["vocabulary"] },
      { fetchCache: true, kind: "FETCH", tags: ["vocabulary"] },
    );
    expect(await handler().get("data-1", fetchCtx)).not.toBeNull();

    // Another instance (another connection) expires the tag, as the handler's revalidateTag does.
    await other.hset(TAGS_KEY, "listings", String(Date.now()));
    expect(await handler().get("/home", pageCtx)).toBeNull();
    expect(await handler().get("data-1", fetchCtx)).toBeNull();
    // Untagged by it: still served.
    expect(await handler().get("data-other", { kind: "FETCH", tags: ["vocabulary"] })).not.toBeNull();

    // Written again after the expiry: a hit.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler().set("data-1", datum(3), { fetchCache: true, ...fetchCtx });
    expect((await handler().get("data-1", fetchCtx))?.value).toEqual(datum(3));
  });

  it("expires by revalidateTag, by the soft tags of the page reading an entry, and later when asked for later", async () => {
    await handler().set("data-2", datum(4), { fetchCache: true, ...fetchCtx });
    await handler().revalidateTag("_N_T_/jobs", { expire: 0 });
    expect(await handler().get("data-2", fetchCtx)).toBeNull();

    await handler().set("data-3", datum(5), { fetchCache: true, ...fetchCtx });
    await handler().revalidateTag(["listings"], { expire: 60 });
    expect(await handler().get("data-3", fetchCtx)).not.toBeNull();
    expect(Number(await other.hget(TAGS_KEY, "listings"))).toBeGreaterThan(Date.now() + 50_000);
  });

  it("is expired by a process without Next's cache (the worker, a script) through expireTags", async () => {
    await handler().set("data-4", datum(6), { fetchCache: true, ...fetchCtx });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expireTags(["listings"]);
    expect(await handler().get("data-4", fetchCtx)).toBeNull();
  });

  it("keeps each build's entries apart", async () => {
    await handler("1").set("/jobs/a", page(), { ...pageCtx, cacheControl: { revalidate: 300 } });
    expect(await handler("2").get("/jobs/a", pageCtx)).toBeNull();
  });

  it("while Redis is down: every read a miss, writes and expiries dropped, nothing thrown", async () => {
    const up = holder[HOLDER];
    holder[HOLDER] = connectCacheRedis("redis://127.0.0.1:1");
    try {
      await expect(handler().get("/home", pageCtx)).resolves.toBeNull();
      await expect(handler().set("/home", page(), { ...pageCtx, cacheControl: { revalidate: 300 } })).resolves.toBeUndefined();
      await expect(handler().revalidateTag("listings")).resolves.toBeUndefined();
    } finally {
      holder[HOLDER]?.disconnect();
      holder[HOLDER] = up;
    }
  });
});
