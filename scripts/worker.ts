// `npm run worker`: works Backplane's job queues in a process of its own, for deployments that run the
// app servers with JOBS_IN_PROCESS=false. Stops cleanly on SIGTERM/SIGINT: running jobs finish (up to
// 10 s); anything cut short is retried by pg-boss once its expiry passes.
import { register } from "node:module";

register("./lib/server-only-hooks.mjs", import.meta.url);

async function main() {
  // Before the app's modules, so Prisma and the job runner find the tracer provider (off unless configured).
  const { startTelemetry, stopTelemetry } = await import("../server/telemetry.mjs");
  await startTelemetry("backplane-worker");
  // Imported after the hook, so the app's "server-only" modules load.
  const { env } = await import("../src/lib/env");
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL must be set for the worker.");
  const { startJobRunner, stopJobRunner } = await import("../src/server/jobs/runner");
  const { closeDb } = await import("../src/server/db");
  const { logger } = await import("../src/server/log");
  await startJobRunner();
  logger.info("Worker started: working the job queues.");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing running jobs…`);
    await stopJobRunner(10_000);
    await closeDb();
    await stopTelemetry().catch((error: unknown) => logger.warn({ err: error }, "Could not send the last traces"));
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
