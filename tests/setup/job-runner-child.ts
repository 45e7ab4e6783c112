// A job runner in a process of its own, as `npm run worker` starts it (schedules on), for the test that
// runs two of them on one database (tests/integration/job-runner-once.test.ts). Every handler is wrapped
// to append "<queue> <job id> <pid>" to JOB_RUN_LOG before doing its real work, so the test counts the
// handler calls of both processes. Prints "ready" once its workers are polling; stops on SIGTERM.
import { appendFileSync } from "node:fs";
import { register } from "node:module";

register("../../scripts/lib/server-only-hooks.mjs", import.meta.url);

const runLog = process.env.JOB_RUN_LOG;
if (!runLog) throw new Error("JOB_RUN_LOG must name the file to append handler runs to.");

const { JOB_HANDLERS } = await import("../../src/server/jobs/handlers");
const { startJobRunner, stopJobRunner } = await import("../../src/server/jobs/runner");
const { closeDb } = await import("../../src/server/db");

const handlers = JOB_HANDLERS as Record<string, (data: Record<string, unknown>) => Promise<unknown>>;
for (const [name, handler] of Object.entries(handlers)) {
  handlers[name] = async (data) => {
    appendFileSync(runLog, `${name} ${String(data.probe ?? "-")} ${process.pid}\n`);
    return handler(data);
  };
}

await startJobRunner({ pollingIntervalSeconds: 0.5 });
process.stdout.write("ready\n");

process.on("SIGTERM", () => {
  void stopJobRunner(10_000)
    .then(() => closeDb())
    .then(() => process.exit(0));
});
