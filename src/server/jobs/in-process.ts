import "server-only";
import { env } from "@/lib/env";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { logger } from "@/server/log";
import { onServerDrain } from "@/server/runtime/server-state";

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
    // On shutdown (server/start.mjs) running jobs get most of the 10 s budget to finish.
    onServerDrain(() => stopJobRunner(7_000));
  } catch (error) {
    holder.backplaneJobsStarted = false;
    logger.error({ err: error }, "Background jobs could not start in this process");
  }
}
