import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { UserRole } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { revokeUserSessions } from "@/server/auth/sessions";
import { db } from "@/server/db";
import { assertAdmin, otherActiveAdmins } from "@/server/moderation/admin-guard";

// Users and companies as moderators see them: search, one record, and a user's role.

export const ADMIN_PAGE_SIZE = 50;

export type AccountSearch = { q?: string; status?: "ACTIVE" | "SUSPENDED"; page: number };

export async function searchUsers(actor: Actor, search: AccountSearch & { role?: UserRole }) {
  assertAdmin(actor);
  const where: Prisma.UserWhereInput = {
    ...(search.q
      ? { OR: [{ email: { contains: search.q, mode: "insensitive" } }, { name: { contains: search.q, mode: "insensitive" } }] }
      : {}),
    ...(search.role ? { role: search.role } : {}),
    ...(search.status ? { status: search.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (search.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, email: true, name: true, role: true, status: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

export async function findUserForAdmin(actor: Actor, userId: string) {
  assertAdmin(actor);
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      suspendedAt: true,
      suspensionReason: true,
      emailVerifiedAt: true,
      createdAt: true,
      memberships: { select: { role: true, company: { select: { id: true, name: true, status: true } } } },
      _count: { select: { applications: true, reportsFiled: true } },
    },
  });
}

export async function searchCompanies(actor: Actor, search: AccountSearch) {
  assertAdmin(actor);
  const where: Prisma.CompanyWhereInput = {
    ...(search.q
      ? { OR: [{ name: { contains: search.q, mode: "insensitive" } }, { slug: { contains: search.q, mode: "insensitive" } }] }
      : {}),
    ...(search.status ? { status: search.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.company.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (search.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        slug: true,
        status: true,
        verifiedDomain: true,
        createdAt: true,
        _count: { select: { listings: true } },
      },
    }),
    db.company.count({ where }),
  ]);
  return { rows, total };
}

export async function findCompanyForAdmin(actor: Actor, companyId: string) {
  assertAdmin(actor);
  return db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      name: true,
      slug: true,
      website: true,
      status: true,
      suspendedAt: true,
      suspensionReason: true,
      verifiedDomain: true,
      verifiedAt: true,
      createdAt: true,
      members: { select: { role: true, user: { select: { id: true, email: true, name: true, status: true } } } },
      listings: {
        orderBy: [{ createdAt: "desc" }],
        take: 100,
        select: { id: true, slug: true, title: true, status: true, expiresAt: true, _count: { select: { reports: true } } },
      },
    },
  });
}

/**
 * Changes a user's role. Their sessions end (the role travels in nothing the browser holds, but a clean
 * start avoids a page rendered for the old role). Nobody changes their own role, and the last active admin
 * cannot be demoted.
 */
export async function changeUserRole(actor: Actor, userId: string, role: UserRole): Promise<{ id: string; role: UserRole }> {
  assertAdmin(actor);
  if (userId === actor.id) throw new ConflictError("You cannot change your own role; ask another admin.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, status: true } });
    if (!user) throw new NotFoundError("That account does not exist.");
    if (user.role === role) throw new ConflictError(`This account is already ${role.toLowerCase()}.`);
    if (user.role === "ADMIN" && user.status === "ACTIVE" && (await otherActiveAdmins(tx, userId)) === 0) {
      throw new ConflictError("This is the last active admin; make someone else an admin first.");
    }
    const { count } = await tx.user.updateMany({ where: { id: userId, role: user.role }, data: { role } });
    if (count === 0) throw new ConflictError("This account changed while you were deciding; look again.");
    // Candidates need a profile row for their eligibility answers.
    if (role === "CANDIDATE") {
      await tx.candidateProfile.upsert({ where: { userId }, create: { userId }, update: {} });
    }
    await revokeUserSessions(userId, { tx });
    await recordAudit(tx, actor, {
      action: "user.role-change",
      targetType: "User",
      targetId: userId,
      metadata: { from: user.role, to: role },
    });
    return { id: userId, role };
  });
}
