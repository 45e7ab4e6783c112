import "server-only";
import type { ListingStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { nearDuplicatesSql, pendingEditDuplicatesSql, storedDuplicatesSql } from "@/server/moderation/duplicates-sql";

// Near-duplicates and reposts for the review queue, across all companies (docs/decisions/027-moderation.md).
// Candidates are listings whose title is trigram-similar (pg_trgm's `%`, similarity ≥ 0.3, served by the
// title's GIN index) and that are live, waiting, or closed in the last 30 days; of those, a listing whose
// description (its first 2,000 characters) has a trigram similarity of at least DESCRIPTION_THRESHOLD is a
// near-duplicate. Copies with an unrelated title are not looked for: the title index is what keeps this
// cheap at 100,000 listings.

export const DESCRIPTION_THRESHOLD = 0.6;
export const REPOST_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DuplicateMatch = {
  id: string;
  slug: string;
  title: string;
  status: ListingStatus;
  closedAt: Date | null;
  companyId: string;
  companyName: string;
  similarity: number;
  /** The same company closed it within the repost window: the pending one is probably a repost. */
  repost: boolean;
};

type Row = {
  pendingId: string;
  pendingCompanyId: string;
  id: string;
  slug: string;
  title: string;
  status: ListingStatus;
  closedAt: Date | null;
  companyId: string;
  companyName: string;
  similarity: number;
};

let trigrams: Promise<boolean> | undefined;
function hasTrigrams(): Promise<boolean> {
  trigrams ??= db.$queryRaw<{ ok: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS "ok"`.then(
    ([row]) => row?.ok === true,
  );
  return trigrams;
}

/** What is compared: a listing's stored content, or a published listing's waiting edit (decision 023). */
export type CheckedContent = "listing" | "pendingEdit";

/**
 * For each pending listing id, the listings it nearly copies, most similar first (none without pg_trgm).
 * With `of: "pendingEdit"`, each listing is compared as its waiting edit would publish it.
 */
export async function findNearDuplicates(
  pendingIds: string[],
  now = new Date(),
  of: CheckedContent = "listing",
): Promise<Map<string, DuplicateMatch[]>> {
  const matches = new Map<string, DuplicateMatch[]>();
  if (pendingIds.length === 0 || !(await hasTrigrams())) return matches;
  const since = new Date(now.getTime() - REPOST_WINDOW_DAYS * DAY_MS);
  const sql = of === "listing" ? nearDuplicatesSql(pendingIds, since) : pendingEditDuplicatesSql(pendingIds, since);
  const rows = await db.$queryRaw<Row[]>(sql);
  for (const row of rows) {
    if (row.similarity < DESCRIPTION_THRESHOLD) continue;
    const list = matches.get(row.pendingId) ?? [];
    list.push({
      id: row.id,
      slug: row.slug,
      title: row.title,
      status: row.status,
      closedAt: row.closedAt,
      companyId: row.companyId,
      companyName: row.companyName,
      similarity: row.similarity,
      repost: row.status === "CLOSED" && row.companyId === row.pendingCompanyId,
    });
    matches.set(row.pendingId, list);
  }
  for (const list of matches.values()) list.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  return matches;
}

/** What the review queue knows of a pending listing's near-duplicates: the stored matches, or "not checked yet". */
export type StoredDuplicates = { checked: true; matches: DuplicateMatch[] } | { checked: false; matches: [] };

type StoredRow = { pendingId: string; fresh: boolean } & (
  (Omit<DuplicateMatch, "repost"> & { repost: boolean }) | { [K in keyof DuplicateMatch]: null }
);

/**
 * The matches the last check stored (src/server/moderation/duplicate-check.ts), joined to the matched
 * listings as they are now (a match closed since shows as closed). A listing whose check is missing, or
 * was computed from content it no longer has, is "not checked yet". `of` says which content is meant: the
 * listing (the review queue) or its waiting edit (the edit review page).
 */
export async function readStoredDuplicates(
  pendingIds: string[],
  of: CheckedContent = "listing",
): Promise<Map<string, StoredDuplicates>> {
  const result = new Map<string, StoredDuplicates>();
  if (pendingIds.length === 0) return result;
  const rows = await db.$queryRaw<StoredRow[]>(storedDuplicatesSql(pendingIds, of === "listing" ? "updatedAt" : "pendingEditAt"));
  for (const { pendingId, fresh, ...match } of rows) {
    let entry = result.get(pendingId);
    if (!entry) result.set(pendingId, (entry = fresh ? { checked: true, matches: [] } : { checked: false, matches: [] }));
    if (entry.checked && match.id !== null) entry.matches.push(match);
  }
  for (const entry of result.values()) entry.matches.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  return result;
}
