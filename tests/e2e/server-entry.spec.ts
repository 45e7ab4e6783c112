import http from "node:http";
import { expect, test } from "@playwright/test";
import { spawnServer, untilReady, type ExtraServer } from "./extra-server";

// `npm start`'s entry (server/start.mjs), run as a second server from the same build: it refuses to boot
// on a bad environment, naming the variable, and on SIGTERM under load it drains — readiness says 503,
// every request it had received finishes, keep-alive clients are told to close, and it exits within 10 s.
// Ports 3131–3139 belong to these tests (E2E_PORT's neighbours would collide with other runs' servers).

test.describe.configure({ mode: "serial" });

let server: ExtraServer | undefined;
test.afterEach(() => server?.kill());

for (const [name, env, expected] of [
  ["a missing NEXTAUTH_SECRET", { NEXTAUTH_SECRET: undefined }, "NEXTAUTH_SECRET: required in production"],
  ["a missing DATABASE_URL", { DATABASE_URL: undefined }, "DATABASE_URL: required in production"],
  ["an invalid DATABASE_POOL_MAX", { DATABASE_POOL_MAX: "lots" }, "DATABASE_POOL_MAX"],
  ["an invalid TRUSTED_PROXY_HOPS", { TRUSTED_PROXY_HOPS: "-1" }, "TRUSTED_PROXY_HOPS"],
] as const) {
  test(`a production start with ${name} fails at boot and names it`, async () => {
    server = spawnServer(3131, env);
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toContain("Backplane cannot start.");
    expect(server.output()).toContain(expected);
    expect(server.output()).not.toContain("listening");
  });
}

// retryAfter marks the pool gate's 503 (server/pool-gate.mjs): on a busy shared machine the gate may shed a
// request before the signal; that is load shedding working, not a request the shutdown dropped.
type Outcome = { startedAt: number; status?: number; connection?: string; retryAfter?: string; error?: string };

function get(agent: http.Agent, url: string): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.once("end", () =>
        resolve({
          startedAt,
          status: response.statusCode,
          connection: response.headers.connection,
          retryAfter: response.headers["retry-after"],
        }),
      );
      response.once("error", (error) => resolve({ startedAt, error: (error as NodeJS.ErrnoException).code ?? error.message }));
    });
    request.once("error", (error) => resolve({ startedAt, error: (error as NodeJS.ErrnoException).code ?? error.message }));
  });
}

test("SIGTERM under load: readiness 503, in-flight requests finish, keep-alive clients told to close, exit within 10 s", async () => {
  test.setTimeout(120_000);
  // A second of grace before it stops listening, so readiness can be seen answering 503 on new connections.
  // Info level whatever the run says: the test reads the drain and stop lines.
  server = spawnServer(3132, { JOBS_IN_PROCESS: "true", SHUTDOWN_DELAY_MS: "1000", LOG_LEVEL: "info" });
  await untilReady(server);
  const { url } = server;

  const outcomes: Outcome[] = [];
  let stop = false;
  const paths = ["/jobs?q=kafka", "/", "/roles/remote-backend-architect", "/salaries", "/feeds/jobs.rss"];
  const loops = Array.from({ length: 6 }, async (_, loop) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; !stop; i++) {
      // A new query each time on /jobs, so the database is really asked.
      const path = paths[(loop + i) % paths.length]!.replace("q=kafka", `q=kafka${loop}x${i}`);
      const outcome = await get(agent, `${url}${path}`);
      outcomes.push(outcome);
      if (outcome.error === "ECONNREFUSED") break; // the server has stopped listening
    }
    agent.destroy();
  });
  // Readiness, polled on new connections every 50 ms, sees the flip.
  const readiness: Outcome[] = [];
  const probe = (async () => {
    const agent = new http.Agent({ keepAlive: false });
    while (!stop) {
      const outcome = await get(agent, `${url}/api/health/ready`);
      readiness.push(outcome);
      if (outcome.error) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  // Signal once the server is well into the load (a shared, busy machine can be slow to get there).
  const loadDeadline = Date.now() + 30_000;
  while (outcomes.length < 40 && Date.now() < loadDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const signalledAt = Date.now();
  server.process.kill("SIGTERM");
  const { code, at: exitedAt } = await server.exited;
  stop = true;
  await Promise.all([...loops, probe]);

  const after = outcomes.filter((o) => o.startedAt >= signalledAt);
  console.log(
    `shutdown: ${outcomes.length - after.length} requests sent before SIGTERM, ${after.length} after ` +
      `(${after.filter((o) => o.status).length} answered), exit ${code} after ${exitedAt - signalledAt} ms`,
  );
  expect(code).toBe(0);
  expect(exitedAt - signalledAt).toBeLessThan(10_000);
  expect(server.output()).toMatch(/SIGTERM: draining \d+ request/);
  expect(server.output()).toMatch(/Stopped in \d+ ms\./);

  const inFlight = outcomes.filter((o) => o.startedAt < signalledAt);
  expect(inFlight.length).toBeGreaterThan(20);
  const shed = (o: Outcome) => o.status === 503 && o.retryAfter !== undefined;
  const failed = inFlight.filter((o) => o.error !== undefined || (o.status !== 200 && !shed(o)));
  expect(failed, `requests sent before SIGTERM that failed: ${JSON.stringify(failed.slice(0, 5))}`).toEqual([]);

  // After the signal: answered ones said Connection: close; the rest found the door shut.
  for (const outcome of after) {
    if (outcome.status !== undefined) expect(outcome.connection).toBe("close");
    else expect(["ECONNREFUSED", "ECONNRESET", "EPIPE"]).toContain(outcome.error);
  }
  const readinessBefore = readiness.filter((o) => o.startedAt < signalledAt - 200);
  expect(
    readinessBefore.filter((o) => o.status !== 200 && !shed(o)),
    "readiness answers before SIGTERM",
  ).toEqual([]);
  const readinessAfter = readiness.filter((o) => o.startedAt >= signalledAt + 100 && o.status !== undefined);
  expect(readinessAfter.length).toBeGreaterThan(0);
  expect(readinessAfter.every((o) => o.status === 503)).toBe(true);
  // Then the listener is gone: refused, or reset if the connection was still in the accept queue.
  expect(["ECONNREFUSED", "ECONNRESET"]).toContain(readiness.at(-1)?.error);
});
