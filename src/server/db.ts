import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { readReplicas } from "@prisma/extension-read-replicas";

// The one database module: one pg pool per process, shared by Prisma and the job queue (src/server/jobs),
// so the embedded database — which serves exactly one connection (DATABASE_POOL_MAX=1) — is never asked
// for a second one.
function createPool(connectionString = env.DATABASE_URL): pg.Pool {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` (embedded database) or set DATABASE_URL.");
  }
  const pool = new pg.Pool({
    connectionString,
    max: env.DATABASE_POOL_MAX,
    // Nothing waits forever (docs/decisions/019-server-entry.md): a request queued for a connection gives
    // up after the connect timeout, idle connections are closed, and a runaway query is cancelled by the
    // server. The seed and the migration runner use their own connections without these limits.
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: env.DATABASE_IDLE_TIMEOUT_MS,
    // Behind PgBouncer these are the role's settings instead (ALTER ROLE … SET, docs/deploy.md): PgBouncer
    // refuses them as startup parameters, and one client's session setting would reach the next.
    ...(env.DATABASE_PGBOUNCER
      ? {}
      : {
          statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
          idle_in_transaction_session_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS * 3,
        }),
  });
  // An idle connection the server closed (restart, failover) must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.warn("Database connection dropped:", error.message));
  return pool;
}

/**
 * Wraps the pool's connect (which pool.query and Prisma's adapter both go through) to know how long the
 * longest-waiting caller has waited for a connection. `npm start`'s entry reads it (server/pool-gate.mjs)
 * to answer 503 at once while the pool is exhausted, rather than queue more requests behind it.
 */
function trackWaits(pool: pg.Pool): () => number {
  const waiting = new Set<{ since: number }>();
  const connect = pool.connect.bind(pool) as (callback?: (...args: unknown[]) => void) => Promise<pg.PoolClient> | void;
  pool.connect = ((callback?: (...args: unknown[]) => void) => {
    const entry = { since: Date.now() };
    waiting.add(entry);
    if (callback) {
      return connect((...args) => {
        waiting.delete(entry);
        callback(...args);
      });
    }
    return (connect() as Promise<pg.PoolClient>).finally(() => waiting.delete(entry));
  }) as typeof pool.connect;
  return () => {
    let oldest = Infinity;
    for (const entry of waiting) oldest = Math.min(oldest, entry.since);
    return oldest === Infinity ? 0 : Date.now() - oldest;
  };
}

/** A client on a pool, configured like the primary's (src/server/db-read.ts builds the replicas' with it). */
export function createClient(pool: pg.Pool) {
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true } } });
}

export type Client = ReturnType<typeof createClient>;

// Cached on globalThis so hot reloads in development reuse one pool instead of opening another.
const globalForDb = globalThis as unknown as {
  backplanePool?: pg.Pool;
  backplaneDb?: Client;
  backplanePoolWaitMs?: () => number;
  backplaneReplicated?: { client: Client; replicas: Client[]; pools: pg.Pool[] };
};

/** The process's connection pool, for the few callers that speak SQL without Prisma (the job queue). */
export function dbPool(): pg.Pool {
  if (!globalForDb.backplanePool) {
    const pool = createPool();
    globalForDb.backplanePoolWaitMs = trackWaits(pool);
    globalForDb.backplanePool = pool;
  }
  return globalForDb.backplanePool;
}

function primaryClient(): Client {
  globalForDb.backplaneDb ??= createClient(dbPool());
  return globalForDb.backplaneDb;
}

/**
 * A client whose every query goes to one of DATABASE_REPLICA_URLS (picked at random per call), or null
 * when none are configured. Only for public reads, through readDb() (src/server/db-read.ts), which decides
 * when the primary must answer instead. `@prisma/extension-read-replicas` holds the replica clients; its
 * automatic routing (model reads to a replica) is not used, because the public reads that matter are raw
 * SQL (search), which it keeps on the primary, and because the primary/replica choice depends on the request.
 */
export function replicaDb(): Client | null {
  const urls = env.DATABASE_REPLICA_URLS;
  if (!urls || urls.length === 0) return null;
  if (!globalForDb.backplaneReplicated) {
    const pools = urls.map((url) => createPool(url));
    const replicas = pools.map((pool) => createClient(pool));
    const client = primaryClient().$extends(readReplicas({ replicas })) as unknown as Client;
    globalForDb.backplaneReplicated = { client, replicas, pools };
  }
  return (globalForDb.backplaneReplicated.client as unknown as { $replica(): Client }).$replica();
}

// Created on first use, so importing this module (as `next build` does) needs no database.
export const db = new Proxy({} as Client, {
  get(_target, property) {
    const real = primaryClient();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** Closes the pool (scripts, tests and shutdown); the next use opens a new one. */
export async function closeDb(): Promise<void> {
  const replicated = globalForDb.backplaneReplicated;
  globalForDb.backplaneReplicated = undefined;
  if (replicated) {
    await Promise.all(replicated.replicas.map((replica) => replica.$disconnect()));
    await Promise.all(replicated.pools.map((pool) => pool.end()));
  }
  const { backplaneDb, backplanePool } = globalForDb;
  globalForDb.backplaneDb = undefined;
  globalForDb.backplanePool = undefined;
  await backplaneDb?.$disconnect();
  await backplanePool?.end();
}

export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
