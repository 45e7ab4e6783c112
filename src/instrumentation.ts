// Next.js calls register() once when a server starts (not during `next build`'s page generation, which
// the phase check makes sure of). It checks the environment first: a production server with a missing or
// invalid variable stops at boot, naming it (server/start.mjs exits on the error). Then the Node.js server
// works the job queues in-process by default, and registers their stop for a graceful shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertServerEnvironment } = await import("@/lib/env");
  assertServerEnvironment();
  const { onServerClose } = await import("@/server/runtime/server-state");
  const { closeDb } = await import("@/server/db");
  onServerClose(closeDb);
  const { startJobsInThisProcess } = await import("@/server/jobs/in-process");
  await startJobsInThisProcess();
}
