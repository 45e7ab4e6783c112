import type { Prisma } from "@/generated/prisma/client";
import { liveFacetCountsSql, newerFacetCountsSql, writeFacetCountsSql, type StoredFacetRow } from "./query-sql";

// Rewrites SearchFacetCount (docs/decisions/015-search-at-scale.md). No "server-only": the seed calls it
// with its own client; the app calls it through facet-counts.ts (the job's handler).

/** Any key will do as long as nothing else in the database uses it. */
const REFRESH_LOCK = 73_110_015;

type RawClient = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
export type FacetCountsClient = RawClient & { $transaction<R>(work: (tx: RawClient) => Promise<R>): Promise<R> };

/**
 * Counts the live set as of `now` (the long read, outside any transaction that writes), then replaces
 * the stored counts in a short transaction that touches only their table — so a refresh never holds a
 * lock on SearchFacetCount while it waits for the listings. Returns how many rows it stored (0 when a
 * refresh that counted later had already written).
 */
export async function refreshFacetCountsWith(client: FacetCountsClient, now: Date = new Date()): Promise<{ rows: number }> {
  const rows = await client.$queryRaw<StoredFacetRow[]>(liveFacetCountsSql(now));
  return client.$transaction(async (tx) => {
    // Two refreshes at once take turns; the one that counted earlier does not overwrite the later one.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)::text AS locked`;
    const [newer] = await tx.$queryRaw<{ newer: boolean }[]>(newerFacetCountsSql(now));
    if (newer?.newer) return { rows: 0 };
    const [remove, insert] = writeFacetCountsSql(now, rows);
    await tx.$executeRaw(remove!);
    return { rows: await tx.$executeRaw(insert!) };
  });
}
