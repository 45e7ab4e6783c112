// Next.js calls register() once when a server starts (not during `next build`'s page generation, which
// the phase check makes sure of). It checks the environment first: a production server with a missing or
// invalid variable must stop at boot, naming it — Next only logs an error thrown here, so it is also
// recorded for `npm start`'s entry (server/start.mjs), which exits on it. Then the Node.js server works the
// job queues in-process by default, and registers their stop (and the pool's) for a graceful shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { onServerClose, recordBootError } = await import("@/server/runtime/server-state");
  try {
    // Loading the module validates every variable; the assertion adds the ones production needs.
    const { assertServerEnvironment } = await import("@/lib/env");
    assertServerEnvironment();
  } catch (error) {
    recordBootError(error);
    throw error;
  }
  const { closeDb } = await import("@/server/db");
  onServerClose(closeDb);
  const { closeRedis } = await import("@/server/redis");
  onServerClose(closeRedis);
  const { startJobsInThisProcess } = await import("@/server/jobs/in-process");
  await startJobsInThisProcess();
}
