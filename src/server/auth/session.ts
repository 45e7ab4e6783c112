import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import type { UserRole } from "@/generated/prisma/enums";
import { authOptions } from "@/server/auth/options";
import { db } from "@/server/db";

/** The signed-in user as the database knows them right now (role, status and company are re-read). */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The company an employer acts for; null for candidates, admins and employers without one. */
  companyId: string | null;
};

/** Reads the actor once per request. A suspended or deleted account is treated as signed out. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findFirst({
    where: { id: userId, status: "ACTIVE" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { select: { companyId: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    companyId: user.memberships[0]?.companyId ?? null,
  };
});
