import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// PgBouncer in transaction mode in front of a test database (docs/decisions/028-scale-out.md): with
// TEST_PGBOUNCER=1 the whole test run talks to its database through one (tests/setup/global-setup.ts),
// as an app instance does when DATABASE_URL points at PgBouncer. Its settings are PgBouncer's defaults but
// for the pool mode: a client that sends a startup parameter PgBouncer does not know, or relies on session
// state, fails here as it would in production.

// The ports this checkout's helpers may use for extra servers; the first free one is taken.
const PORTS = [3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399];

export type PgBouncer = { url: string; stop(): Promise<void> };

export function pgBouncerBinary(): string {
  const found = spawnSync("sh", ["-c", "command -v pgbouncer || ls /usr/sbin/pgbouncer 2>/dev/null"], { encoding: "utf8" });
  const binary = found.stdout.trim().split("\n")[0];
  if (!binary) {
    throw new Error(
      "TEST_PGBOUNCER is set but pgbouncer is not installed (Debian: apt-get install -y pgbouncer). " +
        "Unset TEST_PGBOUNCER to run the tests against PostgreSQL directly.",
    );
  }
  return binary;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`pgbouncer exited with ${child.exitCode}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`pgbouncer did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts PgBouncer (transaction mode) in front of the database `databaseUrl` names; returns its URL. */
export async function startPgBouncer(databaseUrl: string): Promise<PgBouncer> {
  const binary = pgBouncerBinary();
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  let port: number | undefined;
  for (const candidate of PORTS) {
    if (await portIsFree(candidate)) {
      port = candidate;
      break;
    }
  }
  if (port === undefined) throw new Error(`No free port for pgbouncer among ${PORTS.join(", ")}`);

  const dir = await mkdtemp(path.join(os.tmpdir(), "backplane-pgbouncer-"));
  // PgBouncer refuses to run as root; it then runs as nobody, who must read its folder.
  await chmod(dir, 0o777);
  const server = [
    `host=${target.hostname}`,
    `port=${target.port || "5432"}`,
    `dbname=${name}`,
    `user=${decodeURIComponent(target.username || "postgres")}`,
    ...(target.password ? [`password=${decodeURIComponent(target.password)}`] : []),
  ].join(" ");
  const ini = [
    "[databases]",
    `${name} = ${server}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = any",
    "pool_mode = transaction",
    "max_client_conn = 200",
    "default_pool_size = 20",
    `logfile = ${path.join(dir, "pgbouncer.log")}`,
    "",
  ].join("\n");
  const iniPath = path.join(dir, "pgbouncer.ini");
  await writeFile(iniPath, ini, { mode: 0o644 });
  const asRoot = process.getuid?.() === 0;
  const child = spawn(binary, [...(asRoot ? ["-u", "nobody"] : []), iniPath], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await waitForPort(port, child, 10_000);
  } catch (error) {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}: ${stderr}`);
  }
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  url.password = "";
  return {
    url: url.toString(),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
