// Next.js calls register() once when a server starts (not during `next build`'s page generation, which
// the phase check makes sure of). The Node.js server works the job queues in-process by default.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobsInThisProcess } = await import("@/server/jobs/in-process");
  await startJobsInThisProcess();
}
