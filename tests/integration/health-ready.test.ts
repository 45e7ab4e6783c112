import { mkdtemp, mkdir, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as ready } from "@/app/api/health/ready/route";
import { migrationsAreApplied } from "@/server/health";

const scratch = await mkdtemp(path.join(tmpdir(), "backplane-migrations-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("readiness", () => {
  it("is ready with the database reachable, every shipped migration applied and no Redis configured", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("counts a migration folder the database has not recorded as pending", async () => {
    const shipped = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
    for (const entry of shipped.filter((e) => e.isDirectory())) await mkdir(path.join(scratch, entry.name));
    expect(await migrationsAreApplied(scratch)).toBe(true);
    await mkdir(path.join(scratch, "29991231000000_not_yet"));
    expect(await migrationsAreApplied(scratch)).toBe(false);
  });
});
