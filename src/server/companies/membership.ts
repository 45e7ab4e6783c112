import "server-only";
import type { CompanyMemberRole } from "@/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { employerCompanyId } from "@/server/listings/employer";

export type Membership = { companyId: string; role: CompanyMemberRole };

/**
 * The actor's membership of the company they act for, read now (a role changed a moment ago counts).
 * No membership row — removed from the team since the session began — is "not found".
 */
export async function currentMembership(actor: Actor): Promise<Membership> {
  const companyId = employerCompanyId(actor);
  const member = await db.companyMember.findUnique({
    where: { companyId_userId: { companyId, userId: actor.id } },
    select: { role: true },
  });
  if (!member) throw new NotFoundError("Company not found.");
  return { companyId, role: member.role };
}

/** Owner-only work (company settings, the team): recruiters are refused before anything changes. */
export async function ownerMembership(actor: Actor): Promise<Membership> {
  const membership = await currentMembership(actor);
  if (membership.role !== "OWNER") throw new ForbiddenError("Only the company's owners can do that.");
  return membership;
}
