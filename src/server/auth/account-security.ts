import "server-only";
import { ValidationError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { hashPassword } from "@/server/auth/password";
import type { Actor } from "@/server/auth/session";
import { activeSessionWhere, revokeUserSessions } from "@/server/auth/sessions";
import { signInWithPassword } from "@/server/auth/sign-in";
import { db } from "@/server/db";

// What a signed-in user can do about their own account's security (/settings/security): see where they
// are signed in, end those sessions, change their password. Every query is scoped to the actor's own rows.

export type SessionSummary = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
};

/** The actor's sessions that still sign them in, most recently used first. */
export async function listOwnSessions(actor: Actor, now = new Date()): Promise<SessionSummary[]> {
  const rows = await db.session.findMany({
    where: { userId: actor.id, ...activeSessionWhere(now) },
    select: { id: true, createdAt: true, lastSeenAt: true, ipAddress: true, userAgent: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    take: 100,
  });
  return rows.map((row) => ({ ...row, current: row.id === actor.sessionId }));
}

/** Ends one of the actor's own sessions; another user's id, or one already ended, is "not found". */
export async function revokeOwnSession(actor: Actor, sessionId: string, now = new Date()): Promise<void> {
  const { count } = await db.session.updateMany({
    where: { id: sessionId, userId: actor.id, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("That session has already ended.");
}

/** Ends every session of the actor, this browser's included. */
export async function revokeAllOwnSessions(actor: Actor): Promise<number> {
  return db.$transaction(async (tx) => {
    const count = await revokeUserSessions(actor.id, { tx });
    await recordAudit(tx, actor, {
      action: "user.sign-out-everywhere",
      targetType: "User",
      targetId: actor.id,
      metadata: { count },
    });
    return count;
  });
}

/**
 * Changes the actor's password after checking the current one — through the sign-in limits, so a stolen
 * session cannot guess it — and ends every other session in the same transaction: whoever else had the
 * account open is signed out. This browser stays signed in.
 */
export async function changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string, address: string) {
  try {
    await signInWithPassword(actor.email, currentPassword, address);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError("Your current password is not right.", {
      currentPassword: ["Your current password is not right."],
    });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: actor.id, status: "ACTIVE" }, data: { passwordHash } });
    if (count === 0) throw new NotFoundError("This account is not active.");
    const ended = await revokeUserSessions(actor.id, { tx, except: actor.sessionId ?? undefined });
    await recordAudit(tx, actor, {
      action: "user.change-password",
      targetType: "User",
      targetId: actor.id,
      metadata: { endedSessions: ended },
    });
    return { endedSessions: ended };
  });
}
