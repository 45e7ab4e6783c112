import { env } from "@/lib/env";
import { closeDb, db } from "@/server/db";
import { seedDatabase, type SeedSummary } from "../../prisma/seed/index";

/**
 * Loads the demo data into the test database. The seed opens its own connection and the embedded test
 * database serves one at a time, so the app's client hangs up first and afterwards waits for the slot.
 */
export async function seedDemoData(now?: Date): Promise<SeedSummary> {
  await closeDb();
  const summary = await seedDatabase(env.DATABASE_URL!, { now });
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
