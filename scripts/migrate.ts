// `npm run db:migrate [connection-string]`: applies pending SQL migrations (docs/decisions/001-migration-runner.md).
// It connects to DIRECT_URL when set (it holds a session-level advisory lock, which PgBouncer in transaction
// mode cannot keep), else DATABASE_URL; without either it migrates the embedded database's data folder.
import { env } from "../src/lib/env";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "./db/embedded";
import { migrate, MigrationError } from "./db/migrate";

async function main() {
  const url = process.argv[2] ?? env.DIRECT_URL ?? env.DATABASE_URL;
  if (url) {
    await migrate(url);
    return;
  }
  console.log(`DATABASE_URL is not set: migrating the embedded database in ${env.EMBEDDED_DB_DIR}.`);
  const embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
  try {
    await migrate(embedded.url);
  } finally {
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  // Refusals carry a message that says what to do; anything else keeps its stack.
  const refusal = error instanceof MigrationError || error instanceof EmbeddedDatabaseError;
  console.error(refusal ? error.message : error);
  process.exitCode = 1;
});
