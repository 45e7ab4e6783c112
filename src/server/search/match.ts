import "server-only";
import { db } from "@/server/db";
import type { SearchQuery } from "@/lib/schemas/search";
import { decodeCursor, encodeCursor } from "./cursor";
import { matchPageSql, type MatchSqlCandidate } from "./match-sql";
import type { PageRow } from "./query-sql";
import { loadItems, searchContext, type SearchItem } from "./search";

// "Best match for me": one page of live listings in the candidate's own order (decision 035). The
// candidate comes from the caller, who read it from the signed-in candidate's own profile.

/** `scores` by listing id: the SQL score each item was ordered by. */
export type MatchPage = { items: SearchItem[]; scores: Record<string, number>; nextCursor: string | null };

/** Throws ValidationError (naming `cursor`) for a cursor of another sort or a mangled one. */
export async function matchListings(
  query: SearchQuery,
  candidate: MatchSqlCandidate,
  options: { now?: Date } = {},
): Promise<MatchPage> {
  const ctx = await searchContext(query, options.now ?? new Date());
  const cursor = query.cursor ? decodeCursor(query.cursor, "match") : null;
  const rows = await db.$queryRaw<PageRow[]>(matchPageSql(query, ctx, candidate, cursor));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ sort: "match", key: last.key, id: last.id }) : null;
  return {
    items: await loadItems(page.map((r) => r.id)),
    scores: Object.fromEntries(page.map((r) => [r.id, Number(r.key)])),
    nextCursor,
  };
}
