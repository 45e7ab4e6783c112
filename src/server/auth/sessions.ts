import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";

// Server-side session rows (docs/decisions/003-session-strategy.md). The cookie only names a row; the
// row decides whether the session is still good, so ending one takes effect on the very next request.

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/** A session ends this long after sign-in, however active it is. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * DAY;
/** …and earlier, after this long without a request. */
export const SESSION_IDLE_LIFETIME_MS = 7 * DAY;
/** lastSeenAt is written at most this often, so reading a session rarely costs a write. */
const TOUCH_INTERVAL_MS = 10 * MINUTE;

export type SessionOrigin = { ipAddress?: string | null; userAgent?: string | null };

export async function createSessionRow(userId: string, origin: SessionOrigin = {}, now = new Date()) {
  return db.session.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS),
      ipAddress: origin.ipAddress?.slice(0, 64) ?? null,
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true, expiresAt: true },
  });
}

/** The conditions under which a session row still signs its user in. */
export function activeSessionWhere(now = new Date()): Prisma.SessionWhereInput {
  return { revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_LIFETIME_MS) } };
}

/** Notes that the session was used; throttled, and never an error for the request that uses it. */
export async function touchSession(sessionId: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return;
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } }).catch(() => undefined);
}

/** Ends one session (signing out of this browser). */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends every session of a user — "sign out everywhere", a password or role change, a suspension — in the
 * caller's transaction when given one, so the change and the revocation commit together. `except` keeps
 * the session making the change (a password change keeps its own browser signed in).
 */
export async function revokeUserSessions(
  userId: string,
  options: { tx?: Tx; except?: string; now?: Date } = {},
): Promise<number> {
  const { tx = db, except, now = new Date() } = options;
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
