import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/server/db";

export { redisIsReachable } from "@/server/redis";

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// Once every migration this build ships is applied it stays so: later probes skip the query.
let migrationsConfirmed = false;

/**
 * Every migration folder this build ships is recorded as applied (the runner's bookkeeping, scripts/db/
 * migrate.ts): an instance of a new release is not ready before its migration one-shot has run.
 */
export async function migrationsAreApplied(dir = MIGRATIONS_DIR): Promise<boolean> {
  if (migrationsConfirmed && dir === MIGRATIONS_DIR) return true;
  const entries = await readdir(dir, { withFileTypes: true });
  const shipped = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    const all = shipped.every((name) => applied.has(name));
    if (all && dir === MIGRATIONS_DIR) migrationsConfirmed = true;
    return all;
  } catch {
    // No bookkeeping table yet (a fresh database), or the database is away: not ready either way.
    return false;
  }
}
