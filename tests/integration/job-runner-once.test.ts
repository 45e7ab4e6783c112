import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue";
import type { JobName } from "@/server/jobs/definitions";
import { stopJobQueue } from "@/server/jobs/queue";
import { resetDatabase } from "../setup/db";

// Issue 13: "the job queue runs each scheduled job once across both instances". Two job runners, each in
// its own process exactly as `npm run worker` starts it (schedules registered by both), on one database.
// Every handler call of either process is appended to one file (tests/setup/job-runner-child.ts).

// Queues with a daily schedule, so no cron tick of theirs lands during the test (stately queues hold one
// waiting copy, which would swallow the probe).
const QUEUED: JobName[] = ["refresh-salary-bands", "send-mail-digests", "remind-interview-outcomes", "admin-daily-summary"];

let folder: string;
let runLog: string;
const children: ChildProcess[] = [];

function startRunner(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/setup/job-runner-child.ts"], {
    env: { ...process.env, JOB_RUN_LOG: runLog, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready\n")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`job runner exited with ${code} before it was ready`)));
  });
}

type Run = { queue: string; probe: string; pid: number };

async function runs(): Promise<Run[]> {
  const text = await readFile(runLog, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [queue, probe, pid] = line.split(" ");
      return { queue: queue!, probe: probe!, pid: Number(pid) };
    });
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The deliver-email jobs. Not only pg-boss's clock sends them: a queued job that may write mail (the digests, the
 * reminders, the daily summary) kicks delivery when it commits (withMail), so a minute can hold a tick and a kick.
 */
async function deliverEmailJobs(): Promise<{ minute: string; state: string; retries: number }[]> {
  return db.$queryRaw<{ minute: string; state: string; retries: number }[]>`
    SELECT date_trunc('minute', created_on)::text AS minute, state::text, retry_count AS retries
      FROM pgboss.job WHERE name = 'deliver-email' ORDER BY created_on`;
}

/**
 * The clock's ticks for deliver-email: pg-boss's timekeeper, on every runner, records a due schedule as a job of
 * its internal send-it queue keyed by the schedule's name and minute, and that job sends the real one.
 */
async function deliverEmailTicks(): Promise<{ minute: string }[]> {
  return db.$queryRaw<{ minute: string }[]>`
    SELECT date_trunc('minute', created_on)::text AS minute
      FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key = 'deliver-email' ORDER BY created_on`;
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "backplane-job-runs-"));
  runLog = path.join(folder, "runs.log");
  await resetDatabase();
});

afterEach(async () => {
  await Promise.all(
    children.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await stopJobQueue();
  await rm(folder, { recursive: true, force: true });
});

describe("two job runners on one database", () => {
  it("run each queued job once and each schedule tick once", { timeout: 240_000 }, async () => {
    const [a, b] = await Promise.all([startRunner(), startRunner()]);

    const probes = new Map<string, JobName>();
    for (const queue of QUEUED) {
      const probe = randomUUID();
      expect(await enqueueJob(queue, { probe })).not.toBeNull();
      probes.set(probe, queue);
    }
    await until(
      "the queued jobs",
      async () => ((await runs()).filter((r) => probes.has(r.probe)).length >= probes.size ? true : undefined),
      60_000,
    );

    // deliver-email runs every minute; wait until its ticks of two different minutes have run. pg-boss's
    // clock runs when each runner starts and every 30 s after, on both: each one a chance to send a tick twice.
    await until(
      "deliver-email ticks of two minutes",
      async () => {
        const minutes = new Set((await deliverEmailTicks()).map((tick) => tick.minute));
        const jobs = await deliverEmailJobs();
        return minutes.size >= 2 && jobs.every((job) => job.state === "completed") ? true : undefined;
      },
      150_000,
    );
    // Give a duplicate time to show up.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const all = await runs();
    for (const [probe, queue] of probes) {
      expect(
        all.filter((r) => r.probe === probe),
        `${queue} ran once`,
      ).toEqual([expect.objectContaining({ queue })]);
    }
    // Each minute's tick was recorded once across both clocks…
    const ticks = await deliverEmailTicks();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ticks.map((tick) => tick.minute)).size, JSON.stringify(ticks)).toBe(ticks.length);
    // …and every deliver-email job, tick or kick, ran exactly once.
    const jobs = await deliverEmailJobs();
    expect(
      jobs.every((job) => job.state === "completed" && job.retries === 0),
      JSON.stringify(jobs),
    ).toBe(true);
    expect(all.filter((r) => r.queue === "deliver-email")).toHaveLength(jobs.length);
    // Both runners were really working (not one idle beside the other crashed).
    expect(a.exitCode).toBeNull();
    expect(b.exitCode).toBeNull();
  });
});
