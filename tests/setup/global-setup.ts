import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/db/migrate";
import { ensurePrismaClientGenerated } from "../../scripts/db/prisma-client";
import { createThrowawayDatabase } from "../../scripts/db/test-database";
import { startPgBouncer, type PgBouncer } from "./pgbouncer";
import { readTestServerUrl } from "./test-server-url";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database every test file shares. */
    databaseUrl: string;
    /** 1 on the embedded database, which serves one connection. */
    databasePoolMax: number;
    /** With TEST_PGBOUNCER=1: the database itself, while databaseUrl goes through PgBouncer. */
    directUrl: string | undefined;
  }
}

// One database per run: created and migrated here, dropped when the run ends.
export default async function setup(project: TestProject) {
  ensurePrismaClientGenerated();
  const serverUrl = readTestServerUrl();
  const database = await createThrowawayDatabase(serverUrl);
  let applied: string[];
  try {
    ({ applied } = await migrate(database.url, { log: () => undefined }));
  } catch (error) {
    await database.drop();
    throw error;
  }
  const where = serverUrl ? `${new URL(database.url).pathname.slice(1)} on ${new URL(serverUrl).host}` : "embedded PGlite";
  console.log(`Test database: ${where}, ${applied.length} migration(s) applied.`);

  // TEST_PGBOUNCER=1: every test talks to the database through PgBouncer in transaction mode, as an app
  // instance behind one does (the migrations above went direct, as DIRECT_URL makes them in production).
  let bouncer: PgBouncer | undefined;
  if (process.env.TEST_PGBOUNCER === "1") {
    if (database.embedded) {
      await database.drop();
      throw new Error("TEST_PGBOUNCER needs TEST_DATABASE_URL (PgBouncer fronts a PostgreSQL server).");
    }
    try {
      bouncer = await startPgBouncer(database.url);
      await applyRoleTimeouts(database.url);
    } catch (error) {
      await bouncer?.stop();
      await database.drop();
      throw error;
    }
    console.log(`Through PgBouncer (transaction mode) at ${new URL(bouncer.url).host}.`);
  }

  project.provide("databaseUrl", bouncer?.url ?? database.url);
  project.provide("directUrl", bouncer ? database.url : undefined);
  project.provide("databasePoolMax", database.embedded ? 1 : 5);
  return async () => {
    await bouncer?.stop();
    await database.drop();
  };
}

/**
 * Behind PgBouncer the app sends no timeouts (DATABASE_PGBOUNCER): they are set on the database, as
 * docs/deploy.md tells a deployment to set them on its role, with the app's defaults.
 */
async function applyRoleTimeouts(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${name}" SET statement_timeout = '10s'`);
    await client.query(`ALTER DATABASE "${name}" SET idle_in_transaction_session_timeout = '30s'`);
  } finally {
    await client.end();
  }
}
