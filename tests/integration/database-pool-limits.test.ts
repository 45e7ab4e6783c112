import http from "node:http";
import { afterEach, describe, expect, inject, it, vi } from "vitest";

// Short limits for this file only (src/lib/env.ts reads them when it loads, after this).
vi.hoisted(() => {
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1500";
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = "800";
});

import { EXHAUSTED_AFTER_MS, shedWhenPoolExhausted } from "../../server/pool-gate.mjs";
import { closeDb, db, dbPool } from "@/server/db";

// Issue 8, defect 9: nothing waits forever on the database. A runaway statement is cancelled, a request
// queued for a connection gives up, and `npm start`'s pool gate answers 503 at once while the pool is
// exhausted — and lets requests through again as soon as it recovers.

afterEach(async () => {
  await closeDb();
});

/** A tiny server with the real gate in front, as server/start.mjs has it. */
async function gatedServer() {
  const server = http.createServer((request, response) => {
    if (shedWhenPoolExhausted(request, response)) return;
    db.$queryRaw`SELECT 1`.then(
      () => response.end("ok"),
      () => {
        response.statusCode = 500;
        response.end("failed");
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function timed(url: string) {
  const started = Date.now();
  const response = await fetch(url);
  return {
    status: response.status,
    body: await response.text(),
    ms: Date.now() - started,
    retryAfter: response.headers.get("retry-after"),
  };
}

// The embedded PGlite runs each statement to its end on its one thread and cannot cancel it, so the
// statement timeout exists only on a PostgreSQL server (every CI run uses one: TEST_DATABASE_URL).
const onServer = inject("databasePoolMax") > 1;

describe("database pool limits", () => {
  it.runIf(onServer)("cancels a statement that runs past the statement timeout", async () => {
    const started = Date.now();
    await expect(db.$queryRaw`SELECT pg_sleep(5)`).rejects.toThrow(/statement timeout|canceling statement/i);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("a caller waiting for a connection gives up after the connect timeout instead of waiting forever", async () => {
    const pool = dbPool();
    const held = await Promise.all(Array.from({ length: pool.options.max ?? 1 }, () => pool.connect()));
    try {
      const started = Date.now();
      await expect(db.$queryRaw`SELECT 1`).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      for (const client of held) client.release();
    }
  });

  it("answers 503 quickly while the pool is exhausted, and recovers once connections are free", async () => {
    const server = await gatedServer();
    const pool = dbPool();
    try {
      expect(await timed(server.url)).toMatchObject({ status: 200, body: "ok" });

      const held = await Promise.all(Array.from({ length: pool.options.max ?? 1 }, () => pool.connect()));
      // One request queues for a connection; once it has waited past the threshold, the pool is exhausted.
      const queued = timed(server.url);
      await new Promise((resolve) => setTimeout(resolve, EXHAUSTED_AFTER_MS + 150));

      const shed = await timed(server.url);
      expect(shed.status).toBe(503);
      expect(shed.retryAfter).toBe("5");
      expect(shed.body).toContain("Backplane is very busy");
      expect(shed.ms).toBeLessThan(500);

      for (const client of held) client.release();
      expect((await queued).status).toBe(200);
      expect(await timed(server.url)).toMatchObject({ status: 200, body: "ok" });
    } finally {
      await server.close();
    }
  });
});
