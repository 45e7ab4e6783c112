import { env } from "@/lib/env";
import { closeDb, db } from "@/server/db";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { localFolderStorage } from "@/server/storage/local-folder";
import { seedDatabase, type SeedSummary } from "../../prisma/seed/index";

/** The demo logos of every seeded test database go to one throwaway folder (keys derive from slugs). */
export const seedStorage = localFolderStorage(mkdtempSync(path.join(os.tmpdir(), "backplane-seed-logos-")));

/**
 * Loads the demo data into the test database. The seed opens its own connection and the embedded test
 * database serves one at a time, so the app's client hangs up first and afterwards waits for the slot.
 */
export async function seedDemoData(now?: Date): Promise<SeedSummary> {
  await closeDb();
  const summary = await seedDatabase(env.DATABASE_URL!, { now, storage: seedStorage });
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$queryRaw`SELECT 1`;
      return summary;
    } catch (error) {
      if (attempt === 15) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
