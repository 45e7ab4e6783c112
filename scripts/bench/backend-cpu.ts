import { readFile } from "node:fs/promises";
import type pg from "pg";

// The CPU time a PostgreSQL backend spent, read from Linux's /proc/<pid>/schedstat (nanoseconds on a CPU).
// Wall-clock latency on a shared 2-core machine mostly measures the run queue: the same query took
// 5 ms or 50 ms depending on what else was building. The backend's own CPU time does not count the time
// it waited for a core, so it is what the query would cost on a quiet machine (cache and hyperthread
// contention still inflate it somewhat). Only when the server runs on this machine and /proc is readable.

export type CpuClock = () => Promise<number>;

/** A clock of the client's backend in milliseconds, or null when the server's process is not readable here. */
export async function backendCpuClock(client: pg.Client): Promise<CpuClock | null> {
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const file = `/proc/${rows[0]!.pid}/schedstat`;
  const read = async () => Number((await readFile(file, "utf8")).split(" ")[0]) / 1e6;
  try {
    const first = await read();
    return Number.isFinite(first) ? read : null;
  } catch {
    return null; // another machine's server, or /proc not ours to read
  }
}
