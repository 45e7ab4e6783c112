import { db } from "@/server/db";

// Helpers for tests that run jobs on the real queue (pg-boss tables in the test database's pgboss schema).

type JobRow = { id: string; name: string; state: string; data: unknown; output: unknown };

/** The jobs of one queue, oldest first (the live table only; archived jobs are older than any test). */
export async function jobsNamed(name: string): Promise<JobRow[]> {
  if (!(await queueTablesExist())) return [];
  return db.$queryRaw<
    JobRow[]
  >`SELECT id::text, name, state::text, data, output FROM pgboss.job WHERE name = ${name} ORDER BY created_on`;
}

/** Waits until every job of the queue has finished (completed or failed); returns them. */
export async function waitForJobs(name: string, timeoutMs = 20_000): Promise<JobRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await jobsNamed(name);
    if (jobs.length > 0 && jobs.every((job) => job.state === "completed" || job.state === "failed")) return jobs;
    if (Date.now() > deadline) throw new Error(`Jobs of ${name} did not finish in time: ${JSON.stringify(jobs)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function queueTablesExist(): Promise<boolean> {
  const [row] = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`;
  return row?.exists ?? false;
}

/** Empties the job tables (queues and schedules stay); resetDatabase calls it. */
export async function resetJobs(): Promise<void> {
  if (await queueTablesExist()) await db.$executeRawUnsafe("TRUNCATE pgboss.job, pgboss.archive");
}
