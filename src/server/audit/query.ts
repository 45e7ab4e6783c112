import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditFilters } from "@/lib/audit-filters";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { assertAdmin } from "@/server/moderation/admin-guard";

// Reading the audit log (append-only; nothing here writes). Newest first, paged by id (keyset), so a page
// stays cheap however deep and entries written meanwhile never shift what the next page shows.

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export's ceiling: larger trails are narrowed with the filters first. */
export const AUDIT_EXPORT_LIMIT = 10_000;

function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    ...(filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" } } : {}),
    // "listing" matches every listing.* verb; "listing.approve" only itself.
    ...(filters.action ? { action: filters.action.includes(".") ? filters.action : { startsWith: `${filters.action}.` } } : {}),
    ...(filters.targetType ? { targetType: filters.targetType } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(filters.from || filters.toExclusive
      ? {
          createdAt: {
            ...(filters.from ? { gte: filters.from } : {}),
            ...(filters.toExclusive ? { lt: filters.toExclusive } : {}),
          },
        }
      : {}),
  };
}

const auditSelect = {
  id: true,
  createdAt: true,
  actorId: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  reason: true,
  metadata: true,
} as const;

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>;

export async function listAuditEntries(
  actor: Actor,
  filters: AuditFilters,
  limit = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  assertAdmin(actor);
  const rows = await db.auditLog.findMany({
    where: { AND: [auditWhere(filters), filters.before ? { id: { lt: filters.before } } : {}] },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: auditSelect,
  });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextBefore: more ? String(page.at(-1)!.id) : null };
}

/** Every verb the log has recorded, for the action filter's choices. */
export async function listAuditActions(actor: Actor): Promise<string[]> {
  assertAdmin(actor);
  // A loose index scan over AuditLog(action, createdAt): one index probe per distinct verb, however long
  // the log grows (a plain DISTINCT would read every row).
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE verbs AS (
      SELECT min("action") AS action FROM "AuditLog"
      UNION ALL
      SELECT (SELECT min(a."action") FROM "AuditLog" a WHERE a."action" > verbs.action) FROM verbs WHERE verbs.action IS NOT NULL
    )
    SELECT action FROM verbs WHERE action IS NOT NULL`;
  return rows.map((r) => r.action);
}
