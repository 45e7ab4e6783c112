import { spawn, type ChildProcess } from "node:child_process";

// A second `npm start` (server/start.mjs) from the same build and database as the run's main server, on a
// port of its own, for the tests that stop or break a server (tests/e2e/server-entry.spec.ts).

export type ExtraServer = {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves when the process exits: its code and when. */
  exited: Promise<{ code: number | null; at: number }>;
  kill: () => void;
};

/** `env` overrides the run's environment; a variable set to undefined is removed. */
export function spawnServer(port: number, env: Record<string, string | undefined> = {}): ExtraServer {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  const child = spawn(process.execPath, ["server/start.mjs"], { env: merged, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once("exit", (code) => resolve({ code, at: Date.now() })),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** Waits until the server says it is ready, or fails with its output. */
export async function untilReady(server: ExtraServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`${server.url}/api/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Server on ${server.url} did not become ready:\n${server.output()}`);
}
