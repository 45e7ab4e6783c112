import { randomUUID } from "node:crypto";
import pg from "pg";
import { DEFAULT_MIGRATIONS_DIR, readMigrations, type MigrationFile } from "./migration-files";

// Prisma Migrate's own lock key: this runner and `prisma migrate deploy` exclude each other on one database.
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's bookkeeping table, column for column, so either tool can pick up where the other stopped.
const CREATE_BOOKKEEPING_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export type MigrateOptions = {
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for another run's lock before giving up. */
  lockTimeoutMs?: number;
};

export type MigrateResult = { applied: string[]; alreadyApplied: string[] };

type HistoryRow = {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Applies every pending migration over one connection, holding the migration lock for the whole run. */
export async function migrate(connectionString: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const files = await readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // A deployment behind PgBouncer sets the app's statement timeout on its role (docs/deploy.md); a
    // migration (an index on a large table) may take longer, on this connection only.
    await client.query("SET statement_timeout = 0");
    await acquireLock(client, options.lockTimeoutMs ?? 60_000);
    try {
      return await applyPending(client, files, log);
    } finally {
      // Closing the connection releases the lock too, so a failed unlock is not worth masking the real error.
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

async function acquireLock(client: pg.Client, timeoutMs: number) {
  await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === "55P03") {
      throw new MigrationError(
        `Gave up after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${MIGRATION_LOCK_KEY})): ` +
          "another migration run, this script or prisma migrate, is holding it.",
      );
    }
    throw error;
  } finally {
    await client.query("RESET lock_timeout");
  }
}

async function applyPending(client: pg.Client, files: MigrationFile[], log: (line: string) => void) {
  await client.query(CREATE_BOOKKEEPING_TABLE);
  const { rows } = await client.query<HistoryRow>(
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at
       FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const applied = checkHistory(rows, files, log);
  const pending = files.filter((f) => !applied.has(f.name));
  const result: MigrateResult = { applied: [], alreadyApplied: files.filter((f) => applied.has(f.name)).map((f) => f.name) };

  for (const file of pending) {
    if (await applyOne(client, file, log)) result.applied.push(file.name);
    else result.alreadyApplied.push(file.name);
  }
  log(
    result.applied.length === 0
      ? `Database is up to date (${result.alreadyApplied.length} migration(s) already applied).`
      : `Applied ${result.applied.length} migration(s); ${result.alreadyApplied.length} were already applied.`,
  );
  return result;
}

/** Refuses a history this runner must not build on; returns the names that count as applied. */
function checkHistory(rows: HistoryRow[], files: MigrationFile[], log: (line: string) => void): Set<string> {
  const unfinished = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (unfinished) {
    throw new MigrationError(
      `Migration ${unfinished.migration_name} was started at ${unfinished.started_at.toISOString()} but never finished: ` +
        "it failed or was interrupted (see the logs column of _prisma_migrations). Repair the database by hand, then " +
        `mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = '${unfinished.id}') ` +
        "to have it applied again, or run `prisma migrate resolve` where Prisma's engine is available.",
      unfinished.migration_name,
    );
  }

  const byName = new Map(files.map((f) => [f.name, f]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`Warning: ${row.migration_name} is recorded as applied but has no folder in prisma/migrations.`);
    } else if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied: its migration.sql now has sha256 ` +
          `${file.checksum}, the database recorded ${row.checksum}. Applied migrations are history; ` +
          "restore the file and put the change in a new migration.",
        row.migration_name,
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}

/** One migration and its bookkeeping row in one transaction: it is applied completely or not at all. */
async function applyOne(client: pg.Client, file: MigrationFile, log: (line: string) => void): Promise<boolean> {
  const started = performance.now();
  await client.query("BEGIN");
  try {
    // Another run may have applied it since we looked. On a real server the advisory lock rules that out;
    // on PGlite all connections share one session, so the lock cannot, and this check inside the transaction does.
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations"
        WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [file.name],
    );
    if (done.rowCount) {
      await client.query("COMMIT");
      return false;
    }
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `Migration ${file.name} failed and was rolled back, so none of it was applied: ${detail}`,
      file.name,
      { cause: error },
    );
  }
  log(`Applied ${file.name} (${Math.round(performance.now() - started)} ms)`);
  return true;
}
