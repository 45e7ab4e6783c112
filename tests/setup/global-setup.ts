import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/db/migrate";
import { ensurePrismaClientGenerated } from "../../scripts/db/prisma-client";
import { createThrowawayDatabase } from "../../scripts/db/test-database";
import { readTestServerUrl } from "./test-server-url";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database every test file shares. */
    databaseUrl: string;
    /** 1 on the embedded database, which serves one connection. */
    databasePoolMax: number;
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

  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.embedded ? 1 : 5);
  return () => database.drop();
}
