import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { db, replicaDb, type Client } from "@/server/db";
import { USE_SECURE_COOKIES } from "@/server/auth/options";
import { currentRequestContext } from "@/server/runtime/request-context";
import { READ_PRIMARY_COOKIE } from "../../server/read-primary.mjs";

// Public reads through read replicas when DATABASE_REPLICA_URLS is set (docs/decisions/028-scale-out.md).
// A replica lags the primary by a moment, so two kinds of reader must see the primary instead:
// - the actor who just changed something (read-your-writes): a successful action marks its own request and
//   sets a short-lived cookie; `npm start`'s entry marks every request that carries it
//   (server/read-primary.mjs). So the redirect after the action, and the next few seconds of pages, read
//   the primary, on whichever instance answers.
// - this process's cache refills right after a change: a page or search expired by a mutation would
//   otherwise be refilled from a replica that has not replayed it yet, and kept for minutes.
// Both last DATABASE_REPLICA_PIN_SECONDS. Everything that is not a public read keeps using `db`.

const holder = globalThis as { backplaneLastWriteAt?: number };

function pinned(): boolean {
  if (currentRequestContext()?.readPrimary) return true;
  const lastWrite = holder.backplaneLastWriteAt;
  return lastWrite !== undefined && Date.now() - lastWrite < env.DATABASE_REPLICA_PIN_SECONDS * 1000;
}

/**
 * The client for a public read (search, listing pages, feeds, the public API): a replica when configured
 * and neither this request nor this process has just written, otherwise the primary. Read only through it:
 * a replica refuses writes.
 */
export function readDb(): Client {
  if (pinned()) return db;
  return replicaDb() ?? db;
}

/**
 * Records that public data changed in this process: its cache refills read the primary for the next few
 * seconds. Called wherever cache tags are expired (src/server/cache/expire.ts, the action wrapper).
 */
export function noteWrite(): void {
  holder.backplaneLastWriteAt = Date.now();
}

/**
 * After a successful mutation: this request and the actor's next requests (for the pin time) read the
 * primary. The cookie is set only when replicas are configured; outside a request (tests) there is none.
 */
export async function pinReadsToPrimary(): Promise<void> {
  noteWrite();
  const context = currentRequestContext();
  if (context) context.readPrimary = true;
  if (!env.DATABASE_REPLICA_URLS?.length) return;
  let jar: Awaited<ReturnType<typeof cookies>>;
  try {
    jar = await cookies();
  } catch {
    return;
  }
  jar.set(READ_PRIMARY_COOKIE, "1", {
    maxAge: env.DATABASE_REPLICA_PIN_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: USE_SECURE_COOKIES,
  });
}
