import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Resolved from this file, not the working directory, so scripts and tests agree wherever they start.
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

export type MigrationFile = {
  /** The folder name, e.g. 20261128000000_init; what Prisma records as migration_name. */
  name: string;
  sql: string;
  /** Hex sha256 of migration.sql's bytes, as Prisma computes it. */
  checksum: string;
};

function checksumOf(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every migration folder, oldest first (Prisma's timestamp prefixes sort lexically). */
export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        throw new Error(`Migration folder ${name} has no migration.sql (looked for ${file}).`);
      }
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    }),
  );
}
