import "server-only";
import { activeSessionWhere, touchSession } from "@/server/auth/sessions";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

/**
 * The company an employer acts for: the one chosen for this session while they are still a member of it,
 * otherwise their oldest membership. Memberships are read fresh on every request, so a removal takes
 * effect at once and a stale choice falls back instead of granting anything.
 */
export function chooseCompany(memberships: readonly { companyId: string }[], chosen: string | null): string | null {
  if (chosen && memberships.some((m) => m.companyId === chosen)) return chosen;
  return memberships[0]?.companyId ?? null;
}

/**
 * The actor a session row signs in, or null: the row must be neither revoked nor past its idle or absolute
 * lifetime, of an account that is active. Free of request APIs, so tests build actors exactly as requests do.
 */
export async function loadActor(sessionId: string, userId: string, now = new Date()): Promise<Actor | null> {
  const row = await db.session.findFirst({
    where: { id: sessionId, userId, ...activeSessionWhere(now), user: { status: "ACTIVE" } },
    select: {
      lastSeenAt: true,
      activeCompanyId: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          memberships: { select: { companyId: true }, orderBy: { createdAt: "asc" } },
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
    companyId: chooseCompany(user.memberships, row.activeCompanyId),
    sessionId,
  };
}
