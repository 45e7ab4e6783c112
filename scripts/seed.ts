// `npm run db:seed [connection-string] [--now=2026-11-28]`: writes the demo data (idempotent; see
// prisma/seed/index.ts). Without a connection string or DATABASE_URL it seeds the
// embedded database's data folder. Stop `npm run dev` first: the embedded database serves one connection.
import { env } from "../src/lib/env";
import { startEmbeddedDatabase } from "./db/embedded";
import { seedDatabase, type SeedSummary } from "../prisma/seed/index";
import { chooseStorage } from "../src/server/storage/choose";

// The demo logos go where the app reads uploads from (UPLOADS_DIR or the S3 bucket).
const storage = chooseStorage(env).storage;

function parseArgs(argv: string[]): { url?: string; now?: Date } {
  let url: string | undefined;
  let now: Date | undefined;
  for (const arg of argv) {
    if (arg.startsWith("--now=")) {
      now = new Date(arg.slice("--now=".length));
      if (Number.isNaN(now.getTime())) throw new Error(`--now: "${arg}" is not a date`);
    } else {
      url = arg;
    }
  }
  return { url, now };
}

function print(summary: SeedSummary) {
  const phases = Object.entries(summary.phases)
    .map(([name, ms]) => `${name} ${ms} ms`)
    .join(", ");
  console.log(
    `Seeded in ${(summary.durationMs / 1000).toFixed(1)} s (${phases}); dates relative to ${summary.anchor.slice(0, 10)}.`,
  );
  for (const [table, count] of Object.entries(summary.counts)) console.log(`  ${table.padEnd(18)} ${count}`);
  const statuses = Object.entries(summary.listingsByStatus).map(([status, n]) => `${status.toLowerCase()} ${n}`);
  console.log(`  listings by status: ${statuses.join(", ")}`);
  console.log(`\nDemo accounts (password for all: ${summary.demoPassword}):`);
  for (const account of summary.demoAccounts) console.log(`  ${account.email.padEnd(26)} ${account.description}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Directly, not through PgBouncer, when DIRECT_URL is set: one long session of bulk writes.
  const url = args.url ?? env.DIRECT_URL ?? env.DATABASE_URL;
  if (url) {
    print(await seedDatabase(url, { now: args.now, storage }));
    return;
  }
  console.log(`DATABASE_URL is not set: seeding the embedded database in ${env.EMBEDDED_DB_DIR}.`);
  const embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
  try {
    print(await seedDatabase(embedded.url, { now: args.now, storage }));
  } finally {
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
