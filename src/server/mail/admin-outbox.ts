import "server-only";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { kickMailDelivery } from "@/server/mail/enqueue";

// The admin's view of outgoing mail: what is stuck (parked after its last attempt, or retrying) and a
// retry button. Bodies are not shown: they are the recipients' business.

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
}

const rowSelect = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  sendAfter: true,
  lastAttemptAt: true,
  parkedAt: true,
  createdAt: true,
} as const;

export async function outboxOverview(actor: Actor) {
  assertAdmin(actor);
  const [counts, parked, retrying] = await Promise.all([
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
    db.emailOutbox.findMany({ where: { status: "PARKED" }, orderBy: { parkedAt: "desc" }, take: 100, select: rowSelect }),
    db.emailOutbox.findMany({
      where: { status: { in: ["PENDING", "SENDING"] }, attempts: { gt: 0 } },
      orderBy: { sendAfter: "asc" },
      take: 100,
      select: rowSelect,
    }),
  ]);
  const count = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<string, number>>;
  return {
    counts: { PENDING: count.PENDING ?? 0, SENDING: count.SENDING ?? 0, SENT: count.SENT ?? 0, PARKED: count.PARKED ?? 0 },
    parked,
    retrying,
  };
}

/** Puts a parked message back in line with a fresh set of attempts, and asks for delivery now. */
export async function retryParkedMail(actor: Actor, messageId: string): Promise<void> {
  assertAdmin(actor);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.emailOutbox.updateMany({
      where: { id: messageId, status: "PARKED" },
      data: { status: "PENDING", attempts: 0, sendAfter: now, parkedAt: null, claimedAt: null },
    });
    if (count === 0) {
      const exists = await tx.emailOutbox.findUnique({ where: { id: messageId }, select: { id: true } });
      throw exists
        ? new ConflictError("This message is not parked any more; someone may have retried it already.")
        : new NotFoundError();
    }
    await recordAudit(tx, actor, { action: "email.retry", targetType: "EmailOutbox", targetId: messageId });
  });
  await kickMailDelivery();
}
