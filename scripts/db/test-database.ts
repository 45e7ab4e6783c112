import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded";

export type ThrowawayDatabase = {
  url: string;
  /** True when it runs on PGlite: one backend, so keep to one connection (pool size 1). */
  embedded: boolean;
  drop(): Promise<void>;
};

/**
 * A new, empty database for one test run: a fresh `backplane_test_<random>` database on the server
 * that `serverUrl` points at, or, with no server, an embedded PGlite in a temporary folder.
 */
export async function createThrowawayDatabase(
  serverUrl: string | undefined,
  options: { maxConnections?: number } = {},
): Promise<ThrowawayDatabase> {
  return serverUrl ? createOnServer(serverUrl) : createEmbedded(options.maxConnections);
}

async function createOnServer(serverUrl: string): Promise<ThrowawayDatabase> {
  const name = `backplane_test_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      await withClient(serverUrl, async (c) => {
        // Connections a test forgot to close would otherwise block the drop.
        await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [
          name,
        ]);
        await c.query(`DROP DATABASE IF EXISTS "${name}"`);
      });
    },
  };
}

async function createEmbedded(maxConnections = 1): Promise<ThrowawayDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "backplane-pglite-"));
  try {
    const database = await startEmbeddedDatabase({ dataDir: dir, port: 0, maxConnections });
    return {
      url: database.url,
      embedded: true,
      async drop() {
        try {
          await database.stop();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
