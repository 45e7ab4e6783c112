import { mkdtemp, mkdir, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as ready } from "@/app/api/health/ready/route";
import { migrationsAreApplied } from "@/server/health";
import { closeRedis, connectRedis } from "@/server/redis";

const scratch = await mkdtemp(path.join(tmpdir(), "backplane-migrations-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("readiness", () => {
  it("is ready with the database reachable, every shipped migration applied and no Redis configured", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("with Redis configured, is ready only while Redis answers, and says so without details", async () => {
    // The process's connection as src/server/redis.ts keeps it when REDIS_URL is set.
    const holder = globalThis as unknown as { backplaneRedis?: unknown };
    holder.backplaneRedis = connectRedis("redis://127.0.0.1:1");
    try {
      const down = await ready();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: "redis unavailable" });
    } finally {
      await closeRedis();
    }
    const client = connectRedis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
    holder.backplaneRedis = client;
    try {
      await new Promise((resolve) => client.once("ready", resolve));
      expect((await ready()).status).toBe(200);
    } finally {
      await closeRedis();
    }
  });

  it("counts a migration folder the database has not recorded as pending", async () => {
    const shipped = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
    for (const entry of shipped.filter((e) => e.isDirectory())) await mkdir(path.join(scratch, entry.name));
    expect(await migrationsAreApplied(scratch)).toBe(true);
    await mkdir(path.join(scratch, "29991231000000_not_yet"));
    expect(await migrationsAreApplied(scratch)).toBe(false);
  });
});
