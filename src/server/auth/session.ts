import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import type { UserRole } from "@/generated/prisma/enums";
import { authOptions } from "@/server/auth/options";
import { activeSessionWhere, touchSession } from "@/server/auth/sessions";
import { db } from "@/server/db";

/** The signed-in user as the database knows them right now (session, role, status and company are re-read). */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The company an employer acts for; null for candidates, admins and employers without one. */
  companyId: string | null;
  /** The Session row this request is signed in with (null for actors built outside a request). */
  sessionId?: string | null;
};

/**
 * Reads the actor once per request. The cookie must name a session that is neither revoked nor past its
 * idle or absolute lifetime, of an account that is active; anything else is treated as signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId) return null;
  return actorForSession(userId, sessionId);
});

/**
 * The actor a session cookie's claims stand for right now, or null: what every request re-checks, so a
 * revoked session or a suspended account is signed out on its next request (tests call this directly).
 */
export async function actorForSession(userId: string, sessionId: string, now = new Date()): Promise<Actor | null> {
  const row = await db.session.findFirst({
    where: { id: sessionId, userId, ...activeSessionWhere(now), user: { status: "ACTIVE" } },
    select: {
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          memberships: { select: { companyId: true }, orderBy: { createdAt: "asc" }, take: 1 },
        },
      },
    },
  });
  if (!row) return null;
  await touchSession(sessionId, row.lastSeenAt, now);
  const { user } = row;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    companyId: user.memberships[0]?.companyId ?? null,
    sessionId,
  };
}
