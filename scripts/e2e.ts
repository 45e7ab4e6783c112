// End-to-end run: a throwaway database (TEST_DATABASE_URL's server, or embedded PGlite kept alive in this
// process), migrated and seeded with the demo data; then a production build and Playwright against
// `next start` (started by playwright.config.ts). The database is dropped however the run ends.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "./db/migrate";
import { seedDatabase } from "../prisma/seed/index";
import { createThrowawayDatabase } from "./db/test-database";
import { SmtpSink } from "../tests/setup/smtp-sink";
import { localFolderStorage } from "../src/server/storage/local-folder";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  // On the embedded database, a few connections share its one backend: besides the app's, the specs that
  // start a second server (tests/e2e/server-entry.spec.ts) or change a row directly need one each. They run
  // one at a time (one Playwright worker), so their statements do not interleave inside a transaction.
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL || undefined, { maxConnections: 4 });
  // The app sends real mail over SMTP to a sink in this process, which files each message in a folder the
  // Playwright tests read (tests/e2e/mailbox.ts). The production build has no dev mailbox.
  const mailDir = mkdtempSync(join(tmpdir(), "backplane-e2e-mail-"));
  const sink = new SmtpSink(mailDir);
  // Uploads (CVs, logos; the seed's demo logos too) go to a folder of this run's own.
  const uploadsDir = mkdtempSync(join(tmpdir(), "backplane-e2e-uploads-"));
  await sink.start();
  const stop = () => void database.drop().finally(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    console.log(`e2e database: ${database.embedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)}`);
    await migrate(database.url);
    await seedDatabase(database.url, { storage: localFolderStorage(uploadsDir) });
    const port = process.env.E2E_PORT ?? "3100";
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: database.embedded ? "1" : "5",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      E2E_PORT: port,
      SMTP_URL: sink.url,
      MAIL_FROM: "Backplane <no-reply@backplane.test>",
      E2E_MAIL_DIR: mailDir,
      UPLOADS_DIR: uploadsDir,
      // One JSON line per request would bury Playwright's report; a spec that reads info lines asks for them.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    };
    const built = await run("npx", ["next", "build"], env);
    if (built !== 0) return built;
    return await run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
  } finally {
    await sink.stop();
    rmSync(mailDir, { recursive: true, force: true });
    rmSync(uploadsDir, { recursive: true, force: true });
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
