import "server-only";
import { env } from "@/lib/env";
import { startJobRunner } from "@/server/jobs/runner";

const holder = globalThis as { backplaneJobsStarted?: boolean };

/**
 * Called once when an app server starts (src/instrumentation.ts): works the job queues in this process
 * unless JOBS_IN_PROCESS=false, in which case `npm run worker` does it. A failure to start is logged, not
 * fatal: pages still serve, and the jobs catch up once a worker runs.
 */
export async function startJobsInThisProcess(): Promise<void> {
  if (!env.JOBS_IN_PROCESS || holder.backplaneJobsStarted) return;
  holder.backplaneJobsStarted = true;
  try {
    await startJobRunner();
  } catch (error) {
    holder.backplaneJobsStarted = false;
    console.error("Background jobs could not start in this process:", error);
  }
}
