import { afterAll } from "vitest";
import { closeDb, db } from "@/server/db";
import { stopJobQueue } from "@/server/jobs/queue";
import { resetJobs } from "./jobs";

// Test helpers for the shared test database (created and migrated by global-setup.ts).

let tables: string | undefined;

/**
 * Empties every table but the migration history and restarts identity sequences; call it in beforeEach.
 * TRUNCATE fires no row triggers, so the AuditLog's append-only trigger does not stand in the way.
 */
export async function resetDatabase(): Promise<void> {
  if (tables === undefined) {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT format('%I.%I', schemaname, tablename) AS name
        FROM pg_tables
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    tables = rows.map((r) => r.name).join(", ");
  }
  if (tables) await truncate(tables);
  await resetJobs();
}

/**
 * A job still finishing from the previous test (the runner works in the background) may hold locks on
 * rows this TRUNCATE wants; PostgreSQL then aborts one side as a deadlock. When it picks ours, try again:
 * the job's transaction is over by then.
 */
async function truncate(tables: string, attempts = 5): Promise<void> {
  try {
    await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables} RESTART IDENTITY CASCADE`);
  } catch (error) {
    if (attempts <= 1 || !/deadlock detected|40P01/.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await truncate(tables, attempts - 1);
  }
}

// Give the connection back when the file is done; the embedded database serves one at a time.
afterAll(async () => {
  await stopJobQueue();
  await closeDb();
});
