import "server-only";
import PgBoss from "pg-boss";
import { dbPool } from "@/server/db";
import { JOB_DEFINITIONS, JOB_NAMES } from "@/server/jobs/definitions";

// The job queue: pg-boss on the application's own PostgreSQL (docs/decisions/009-jobs.md). It talks
// through the app's connection pool, so the embedded database's single connection is shared, never
// doubled; jobs live in the `pgboss` schema, which pg-boss creates and migrates itself on start.

export type QueueMode = "send-only" | "worker";

type Holder = { backplaneQueue?: { mode: QueueMode; boss: Promise<PgBoss> }; backplaneQueueWork?: Set<Promise<unknown>> };
const holder = globalThis as Holder;

/**
 * Everything the queue has under way: its SQL and the handlers it is running. pg-boss marks a job done
 * without awaiting it after the handler returns, and its stop() can resolve before a fetch in flight comes
 * back, so stopJobQueue waits for this set to empty before the pool may close.
 */
const work = (holder.backplaneQueueWork ??= new Set());

export function trackQueueWork<T>(promise: Promise<T>): Promise<T> {
  work.add(promise);
  promise.then(
    () => work.delete(promise),
    () => work.delete(promise),
  );
  return promise;
}

async function create(mode: QueueMode): Promise<PgBoss> {
  const pool = dbPool();
  const boss = new PgBoss({
    db: { executeSql: (text, values) => trackQueueWork(pool.query(text, values)) },
    schema: "pgboss",
    // Only a worker supervises (maintenance, archiving) and keeps the cron schedule; a process that only
    // enqueues stays out of both.
    supervise: mode === "worker",
    schedule: mode === "worker",
    // Finished jobs stay a week for inspection, then pg-boss deletes them.
    archiveCompletedAfterSeconds: 24 * 60 * 60,
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => console.error("Job queue error:", error));
  await boss.start();
  // Queues must exist before anything is sent to them. Creating one is idempotent, and updating applies
  // settings changed in definitions.ts to a queue created by an older version.
  for (const name of JOB_NAMES) {
    const settings = { name, ...JOB_DEFINITIONS[name].queue };
    await retryOnDeadlock(async () => {
      await boss.createQueue(name, settings);
      await boss.updateQueue(name, settings);
    });
  }
  return boss;
}

/**
 * pg-boss's create_queue takes locks in an order that two processes starting at once (two instances, or
 * an instance and the worker) can interleave into a deadlock; PostgreSQL then aborts one of them. Creating
 * a queue is idempotent, so the loser simply tries again (tests/integration/job-runner-once.test.ts).
 */
async function retryOnDeadlock(work: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const deadlock = (error as { code?: string }).code === "40P01";
      if (!deadlock || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

/**
 * The process's queue, started on first use. A process that works jobs asks for "worker" (at boot,
 * normally before anything is enqueued); a send-only queue started earlier is then replaced.
 */
export function jobQueue(mode: QueueMode = "send-only"): Promise<PgBoss> {
  const current = holder.backplaneQueue;
  if (current && (mode === "send-only" || current.mode === "worker")) return current.boss;
  const previous = current?.boss.then((boss) => boss.stop({ graceful: false, close: false })).catch(() => undefined);
  const boss = (previous ?? Promise.resolve()).then(() => create(mode));
  holder.backplaneQueue = { mode, boss };
  // A failed start must not stick: the next call tries again.
  boss.catch(() => {
    if (holder.backplaneQueue?.boss === boss) holder.backplaneQueue = undefined;
  });
  return boss;
}

/** Stops the queue (finishing running jobs for up to `timeoutMs`); the next jobQueue() starts a new one. */
export async function stopJobQueue(timeoutMs = 10_000): Promise<void> {
  const current = holder.backplaneQueue;
  holder.backplaneQueue = undefined;
  if (!current) return;
  const boss = await current.boss.catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  // close: false — the pool belongs to the app's database module, which closes it itself.
  await boss?.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
  while (work.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
}
