import "server-only";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

export type SuspensionNotice = { reason: string | null; since: Date | null };

/** Why the actor's own company is suspended, for its team's banner; null when it is not (or they have none). */
export async function ownCompanySuspension(actor: Actor): Promise<SuspensionNotice | null> {
  if (!actor.companyId) return null;
  const company = await db.company.findFirst({
    where: { id: actor.companyId, status: "SUSPENDED", members: { some: { userId: actor.id } } },
    select: { suspensionReason: true, suspendedAt: true },
  });
  return company ? { reason: company.suspensionReason, since: company.suspendedAt } : null;
}
