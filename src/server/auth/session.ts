import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import type { UserRole } from "@/generated/prisma/enums";
import { authOptions } from "@/server/auth/options";
import { loadActor } from "@/server/auth/load-actor";

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
  return loadActor(sessionId, userId);
});
