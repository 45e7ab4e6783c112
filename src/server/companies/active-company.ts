import "server-only";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

// An employer in several companies picks the one they act for. The choice is a column of their Session
// row (so it is per browser, ends with the session, and cannot be forged like a cookie value); getActor
// honours it only while the membership exists (src/server/auth/load-actor.ts).

/** Every company the employer belongs to, oldest membership first, marking the one acted for now. */
export async function employerCompanies(actor: Actor) {
  if (actor.role !== "EMPLOYER") return [];
  const memberships = await db.companyMember.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "asc" },
    select: { role: true, company: { select: { id: true, name: true } } },
  });
  return memberships.map((m) => ({ ...m.company, role: m.role, active: m.company.id === actor.companyId }));
}

/** Makes `companyId` this session's company; a company the employer is not a member of is "not found". */
export async function switchCompany(actor: Actor, input: { companyId: string }) {
  const membership = await db.companyMember.findUnique({
    where: { companyId_userId: { companyId: input.companyId, userId: actor.id } },
    select: { company: { select: { id: true, name: true } } },
  });
  if (!membership) throw new NotFoundError("Company not found.");
  if (!actor.sessionId) throw new ConflictError("Sign in again to switch companies.");
  const { count } = await db.session.updateMany({
    where: { id: actor.sessionId, userId: actor.id, revokedAt: null },
    data: { activeCompanyId: membership.company.id },
  });
  if (count === 0) throw new ConflictError("Your session has ended. Sign in again to switch companies.");
  return membership.company;
}
