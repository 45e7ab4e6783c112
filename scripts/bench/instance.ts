// The production server the HTTP benchmarks start (server/start.mjs from a `next build`): waiting for it,
// stopping it, and the listing page they load.
import type { ChildProcess } from "node:child_process";
import pg from "pg";

/** Waits until `url` answers 2xx; fails at once if the process exits, or after `seconds`. */
export async function waitReady(url: string, child: ChildProcess, what: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited early`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} was not ready within ${seconds} s`);
}

/** SIGTERM, then wait for the exit, so the port is free for the next start. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** The newest published listing of the demo data, whose page the benchmarks load. */
export async function liveListingSlug(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "Listing" WHERE "status" = 'PUBLISHED' AND "expiresAt" > now() ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    return rows[0]!.slug;
  } finally {
    await client.end();
  }
}
