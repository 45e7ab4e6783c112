import "server-only";
import type PgBoss from "pg-boss";
import type { JobName } from "@/server/jobs/definitions";
import { jobQueue } from "@/server/jobs/queue";

/**
 * Puts a job on its queue; it runs on whichever process works that queue (in-process by default, or
 * `npm run worker`). Returns the job id, or null when the queue's policy already holds a waiting copy.
 */
export async function enqueueJob(name: JobName, data: Record<string, unknown> = {}, options: PgBoss.SendOptions = {}) {
  const queue = await jobQueue();
  return queue.send(name, data, options);
}
