import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { DEFAULT_MIGRATIONS_DIR } from "../../scripts/db/migration-files";
import { migrate, MigrationError } from "../../scripts/db/migrate";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/db/test-database";
import { readTestServerUrl } from "../setup/test-server-url";

const quiet = { log: () => undefined };
const serverUrl = readTestServerUrl();

async function migrationNames(dir = DEFAULT_MIGRATIONS_DIR) {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A scratch copy of prisma/migrations a test may edit. */
async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "backplane-migrations-"));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("the migration runner on an empty database", () => {
  let scratch: ThrowawayDatabase;
  let names: string[];
  beforeAll(async () => {
    scratch = await createThrowawayDatabase(serverUrl);
    names = await migrationNames();
  });
  afterAll(() => scratch?.drop());

  it("applies every migration in order, and a second run applies nothing", async () => {
    const first = await migrate(scratch.url, quiet);
    expect(first.applied).toEqual(names);
    const second = await migrate(scratch.url, quiet);
    expect(second).toEqual({ applied: [], alreadyApplied: names });
  });

  it("records each one in _prisma_migrations as Prisma does", async () => {
    const rows = await query<{
      id: string;
      checksum: string;
      migration_name: string;
      started_at: Date;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
    }>(scratch.url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const bytes = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ rolled_back_at: null, logs: null, applied_steps_count: 1 });
    }
  });

  it("refuses to run when an applied migration's file changed, naming it", async () => {
    const dir = await copyOfMigrations();
    try {
      const edited = names[0]!;
      await appendFile(path.join(dir, edited, "migration.sql"), "\n-- edited after it was applied\n");
      const run = migrate(scratch.url, { ...quiet, migrationsDir: dir });
      await expect(run).rejects.toBeInstanceOf(MigrationError);
      await expect(run).rejects.toThrow(`Migration ${edited} was changed after it was applied`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("applies a failing migration not at all, and says which one failed", async () => {
    const dir = await copyOfMigrations();
    const broken = "29990101000000_broken";
    try {
      await mkdir(path.join(dir, broken));
      await writeFile(path.join(dir, broken, "migration.sql"), `CREATE TABLE "HalfDone" ("id" TEXT);\nSELECT 1/0;\n`);
      await expect(migrate(scratch.url, { ...quiet, migrationsDir: dir })).rejects.toThrow(
        `Migration ${broken} failed and was rolled back`,
      );
      expect(await query(scratch.url, `SELECT to_regclass('"HalfDone"') AS t`)).toEqual([{ t: null }]);
      expect(await query(scratch.url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken])).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses to build on a migration that started but never finished", async () => {
    const stuck = "29990102000000_interrupted";
    await query(
      scratch.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES (gen_random_uuid()::text, repeat('0', 64), $1, now(), 0)`,
      [stuck],
    );
    try {
      await expect(migrate(scratch.url, quiet)).rejects.toThrow(
        new RegExp(`Migration ${stuck} was started at .* but never finished`),
      );
    } finally {
      await query(scratch.url, `DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [stuck]);
    }
    await expect(migrate(scratch.url, quiet)).resolves.toEqual({ applied: [], alreadyApplied: names });
  });
});

describe("concurrent migration runs", () => {
  let scratch: ThrowawayDatabase;
  // Two connections at once; on the embedded database they share its one backend.
  beforeAll(async () => {
    scratch = await createThrowawayDatabase(serverUrl, { maxConnections: 2 });
  });
  afterAll(() => scratch?.drop());

  it("serialize: both succeed and each migration is applied once", async () => {
    const names = await migrationNames();
    const [a, b] = await Promise.all([migrate(scratch.url, quiet), migrate(scratch.url, quiet)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(names);
    expect([...a.alreadyApplied, ...b.alreadyApplied].sort()).toEqual(names);
    const rows = await query<{ migration_name: string; n: number }>(
      scratch.url,
      `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY 1`,
    );
    expect(rows).toEqual(names.map((migration_name) => ({ migration_name, n: 1 })));
  });
});

describe("constraints only the migration SQL can state", () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query("BEGIN");
    await client.query(`
      INSERT INTO "Company" (id, slug, name, "updatedAt") VALUES ('c1', 'constraint-test-acme', 'Acme', now());
      INSERT INTO "SeniorityLevel" (id, slug, name, rank, "typicalYearsMin", scope, "changeFromBelow")
        VALUES ('l1', 'constraint-test-staff', 'Staff', 90001, 8, 'org', 'wider');
      INSERT INTO "AuditLog" (action, "targetType", "targetId") VALUES ('listing.approve', 'Listing', 'x');`);
  });
  // Everything here happens in one transaction that is rolled back, leaving the shared database as it was.
  afterAll(async () => {
    await client?.query("ROLLBACK");
    await client?.end();
  });

  async function refusal(sql: string) {
    await client.query("SAVEPOINT attempt");
    try {
      await client.query(sql);
      return undefined;
    } catch (error) {
      return error as { message: string; constraint?: string };
    } finally {
      await client.query("ROLLBACK TO SAVEPOINT attempt");
    }
  }

  // Only the stated salary varies; the normalised annual band stays valid so one CHECK is under test.
  const listing = (min: number, max: number) => `
    INSERT INTO "Listing" (id, slug, "companyId", "levelId", title, description, "salaryMin", "salaryMax",
      "salaryCurrency", "salaryPeriod", "annualUsdMin", "annualUsdMax", worldwide, "visaPolicy", "engagementModel", "updatedAt")
    VALUES ('x', 'x', 'c1', 'l1', 'Architect', 'Design', ${min}, ${max}, 'USD', 'YEAR', 190000, 290000, true,
      'NOT_REQUIRED', 'CONTRACTOR', now())`;

  it("refuses a listing whose salary minimum exceeds its maximum", async () => {
    expect(await refusal(listing(190_000, 290_000))).toBeUndefined();
    expect(await refusal(listing(290_001, 290_000))).toMatchObject({ constraint: "Listing_salary_min_le_max" });
  });

  it("refuses to update or delete audit log rows", async () => {
    expect(await refusal(`UPDATE "AuditLog" SET reason = 'rewritten'`)).toMatchObject({
      message: expect.stringContaining("AuditLog is append-only: UPDATE refused"),
    });
    expect(await refusal(`DELETE FROM "AuditLog"`)).toMatchObject({
      message: expect.stringContaining("AuditLog is append-only: DELETE refused"),
    });
    // The test helpers' resetDatabase() relies on TRUNCATE, which fires no row trigger.
    expect(await refusal(`TRUNCATE "AuditLog"`)).toBeUndefined();
  });
});
