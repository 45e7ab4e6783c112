import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";

/** Who did it: a signed-in user, or Backplane itself (a scheduled job) with no user id. */
export type AuditActor = { id: string | null; email: string };

/** The actor of work nobody asked for at that moment: expiry, scheduled clean-ups. */
export const SYSTEM_ACTOR: AuditActor = { id: null, email: "system@backplane" };

export type AuditEntry = {
  action: string; // "<target>.<verb>", e.g. "listing.approve"
  targetType: string;
  targetId: string;
  reason?: string | null;
  metadata?: Prisma.InputJsonValue;
};

/** Appends to the audit log inside the caller's transaction, so the record and the change commit together. */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, actor, [entry]);
}

/** Several entries by one actor in one insert (a bulk transition). */
export async function recordAudits(tx: Tx, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      metadata: entry.metadata,
    })),
  });
}
