// `npm run admin:create -- <email> [--name="Ada Lovelace"]`: makes the account with that email an admin,
// creating it (with a one-time password printed here) if there is none. Uses DATABASE_URL, or the embedded
// database of `npm run dev` when it is not set (stop `npm run dev` first: it serves one connection).
import { register } from "node:module";

register("./lib/server-only-hooks.mjs", import.meta.url);

function parseArgs(argv: string[]): { email: string; name?: string } {
  const name = argv.find((a) => a.startsWith("--name="))?.slice("--name=".length);
  const rest = argv.filter((a) => !a.startsWith("--name="));
  if (rest.length !== 1) {
    console.error('Usage: npm run admin:create -- <email> [--name="Full name"]');
    process.exit(2);
  }
  return { email: rest[0]!, name };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { env } = await import("../src/lib/env");
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!env.DATABASE_URL) {
    const { startEmbeddedDatabase } = await import("./db/embedded");
    console.log(`DATABASE_URL is not set: using the embedded database in ${env.EMBEDDED_DB_DIR}.`);
    const embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
    // The app's database module reads these when it opens its pool (on the first query, below).
    env.DATABASE_URL = embedded.url;
    env.DATABASE_POOL_MAX = 1;
    stopEmbedded = () => embedded.stop();
  }
  const { createOrPromoteAdmin } = await import("../src/server/moderation/create-admin");
  const { closeDb } = await import("../src/server/db");
  try {
    const result = await createOrPromoteAdmin(args.email, args.name);
    if (result.outcome === "created") {
      console.log(`Created the admin ${result.email}. One-time password (change it at /settings/security):`);
      console.log(`  ${result.password}`);
    } else if (result.outcome === "promoted") {
      console.log(`${result.email} was ${result.from.toLowerCase()} and is now an admin; their sessions have ended.`);
    } else {
      console.log(`${result.email} is already an admin; nothing changed.`);
    }
    if (result.outcome !== "created" && result.suspended) {
      console.log("Note: this account is suspended. Another admin restores it from /admin/users.");
    }
  } finally {
    await closeDb();
    await stopEmbedded?.();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
