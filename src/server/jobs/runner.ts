import "server-only";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { JOB_DEFINITIONS, JOB_NAMES } from "@/server/jobs/definitions";
import { JOB_HANDLERS } from "@/server/jobs/handlers";
import { jobQueue, stopJobQueue, trackQueueWork } from "@/server/jobs/queue";
import { logger } from "@/server/log";
import { runWithRequestId } from "@/server/runtime/request-context";

const tracer = trace.getTracer("backplane.jobs");

export type RunnerOptions = {
  /** Keep the cron schedules (a worker normally does); tests switch them off and enqueue by hand. */
  schedules?: boolean;
  /** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
};

/**
 * Works every queue in this process: registers the cron schedules and starts one worker per queue.
 * pg-boss keeps schedules in the database and sends each tick once, so several processes running this
 * still run each scheduled job once.
 */
export async function startJobRunner(options: RunnerOptions = {}): Promise<void> {
  const { schedules = true, pollingIntervalSeconds = 2 } = options;
  const queue = await jobQueue("worker");
  for (const name of JOB_NAMES) {
    const definition: { schedule?: string } = JOB_DEFINITIONS[name];
    if (schedules && definition.schedule) await queue.schedule(name, definition.schedule, {}, { tz: "UTC" });
    const handler = JOB_HANDLERS[name];
    await queue.work<Record<string, unknown>>(name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      // Every line the job logs carries its id, as a request's lines carry the request's.
      return runWithRequestId(`job-${job.id}`, () =>
        // One span per job (a no-op unless tracing is on, server/telemetry.mjs): its Prisma queries nest below.
        tracer.startActiveSpan(
          `job ${name}`,
          {
            kind: SpanKind.CONSUMER,
            attributes: { "messaging.system": "pg-boss", "messaging.destination.name": name, "messaging.message.id": job.id },
          },
          async (span) => {
            try {
              return await trackQueueWork(handler(job.data ?? {}));
            } catch (error) {
              // pg-boss records the failure and retries; the log says which job and why.
              logger.error({ err: error, job: name }, "Job failed");
              span.recordException(error instanceof Error ? error : String(error));
              span.setStatus({ code: SpanStatusCode.ERROR });
              throw error;
            } finally {
              span.end();
            }
          },
        ),
      );
    });
  }
}

/** Stops taking jobs and waits (up to the timeout) for running ones to finish. */
export async function stopJobRunner(timeoutMs?: number): Promise<void> {
  await stopJobQueue(timeoutMs);
}
