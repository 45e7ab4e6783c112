// `npm run dev [-- next-args]`: the app on the embedded database (docs/decisions/002-embedded-database.md),
// or on DATABASE_URL when it is set; migrated, seeded when empty, then `next dev`.
// `npm run dev -- --prod` does the same with `next build && next start` (end-to-end tests use it).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import pg from "pg";
import { env } from "../src/lib/env";
import { EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embedded";
import { migrate, MigrationError } from "./db/migrate";
import { ensurePrismaClientGenerated } from "./db/prisma-client";

// Local runs only; a deployment sets its own secret (src/server/auth/options.ts refuses none in production).
const LOCAL_AUTH_SECRET = "local-dev-secret-backplane-not-for-deployment";
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

const args = process.argv.slice(2);
const production = args.includes("--prod");
const nextArgs = args.filter((a) => a !== "--prod");
const port = chosenPort(nextArgs);

let embedded: EmbeddedDatabase | undefined;
let child: ChildProcess | undefined;
let exiting = false;

async function main() {
  ensurePrismaClientGenerated();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    // Links in pages, feeds, the sitemap and mail follow the port the app really runs on (SITE_URL falls
    // back to NEXTAUTH_URL, src/lib/site-url.ts), unless the environment names a public URL itself.
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? LOCAL_AUTH_SECRET,
  };

  let url = env.DATABASE_URL;
  if (!url) {
    console.log(`Starting the embedded database (PGlite) in ${env.EMBEDDED_DB_DIR} on port ${env.EMBEDDED_DB_PORT}…`);
    embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
    url = embedded.url;
    // It serves one connection: the app's pool must not ask for a second.
    Object.assign(childEnv, { DATABASE_URL: url, DATABASE_POOL_MAX: "1" });
  }
  // Each step below opens one connection and closes it before the next, so the app can have it afterwards.
  await migrate(url);
  await seedIfEmpty(url);

  if (production) {
    const built = await run(["build"], childEnv);
    if (built !== 0) return shutdown(built);
  }
  const code = await run([production ? "start" : "dev", ...nextArgs], childEnv);
  await shutdown(code);
}

/** `next dev`'s own rule: `-p`/`--port` wins over PORT, and 3000 when neither is given. */
function chosenPort(nextArgs: string[]): number {
  const flag = nextArgs.findIndex((a) => a === "-p" || a === "--port");
  const inline = nextArgs.find((a) => a.startsWith("--port="))?.slice("--port=".length);
  const raw = inline ?? (flag >= 0 ? nextArgs[flag + 1] : undefined) ?? process.env.PORT ?? "3000";
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`The port must be a whole number from 1 to 65535 (got "${raw}").`);
    process.exit(2);
  }
  return value;
}

async function seedIfEmpty(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let hasListings: boolean;
  try {
    hasListings = (await client.query<{ e: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Listing") AS e`)).rows[0]!.e;
  } finally {
    await client.end();
  }
  if (hasListings) return;

  let seed: typeof import("../prisma/seed/index");
  try {
    seed = await import("../prisma/seed/index");
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code !== "ERR_MODULE_NOT_FOUND" || !message?.includes("seed")) throw error;
    console.warn("No seed module (prisma/seed/index.ts) yet: starting with an empty database.");
    return;
  }
  console.log("The database has no listings: seeding demo data…");
  const summary = await seed.seedDatabase(url);
  console.log(`Seeded in ${(summary.durationMs / 1000).toFixed(1)} s. Demo accounts (password ${summary.demoPassword}):`);
  for (const account of summary.demoAccounts) console.log(`  ${account.email}  ${account.description}`);
}

/** Runs `next <args>` in the foreground and resolves with its exit code. */
async function run(nextCommand: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  child = spawn(process.execPath, [NEXT_BIN, ...nextCommand], { stdio: "inherit", env: childEnv });
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  child = undefined;
  return code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1);
}

/** Stops Next (if running) and then the embedded database, whichever way we got here. */
async function shutdown(code: number): Promise<void> {
  if (exiting) return;
  exiting = true;
  const running = child;
  if (running && running.exitCode === null && running.signalCode === null) {
    running.kill("SIGTERM");
    const killer = setTimeout(() => running.kill("SIGKILL"), 10_000);
    await once(running, "exit");
    clearTimeout(killer);
  }
  if (embedded) {
    await embedded.stop();
    console.log("Embedded database stopped.");
  }
  process.exit(code);
}

// Ctrl-C reaches Next directly too (same process group); either way we wait for it, then stop the database.
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

main().catch(async (error: unknown) => {
  // Refusals carry a message that says what to do; anything else keeps its stack.
  const refusal = error instanceof MigrationError || error instanceof EmbeddedDatabaseError;
  console.error(refusal ? error.message : error);
  await shutdown(1);
});
