import "server-only";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { revokeUserSessions } from "@/server/auth/sessions";
import { changeListings, type ListingChanges } from "@/server/listings/lifecycle";
import { assertAdmin, otherActiveAdmins } from "@/server/moderation/admin-guard";
import { db } from "@/server/db";

// Suspending and restoring accounts and companies (docs/decisions/027-moderation.md). A suspension moves
// no listing: the public predicate (liveListingWhere, its SQL twin and goneListingWhere) already leaves out
// every listing of a suspended company, so flipping the company's status takes them all off the board in
// one write, and restoring brings back exactly those still published and unexpired. The live-set
// after-effects run either way, so caches, facets, search terms and salary bands follow at once.

export type SuspensionResult = { id: string };

/** Suspends a company inside a listing transaction (a report's resolution uses the same one). */
export async function suspendCompanyIn(changes: ListingChanges, actor: Actor, companyId: string, reason: string) {
  assertAdmin(actor);
  const { count } = await changes.tx.company.updateMany({
    where: { id: companyId, status: "ACTIVE" },
    data: { status: "SUSPENDED", suspendedAt: changes.now, suspensionReason: reason },
  });
  if (count === 0) {
    const exists = await changes.tx.company.findUnique({ where: { id: companyId }, select: { id: true } });
    throw exists ? new ConflictError("This company is already suspended.") : new NotFoundError("That company does not exist.");
  }
  await recordAudit(changes.tx, actor, { action: "company.suspend", targetType: "Company", targetId: companyId, reason });
  changes.liveSetChanged();
  return { id: companyId };
}

export function suspendCompany(actor: Actor, companyId: string, reason: string): Promise<SuspensionResult> {
  assertAdmin(actor);
  return changeListings((changes) => suspendCompanyIn(changes, actor, companyId, reason));
}

export function restoreCompany(actor: Actor, companyId: string, reason: string): Promise<SuspensionResult> {
  assertAdmin(actor);
  return changeListings(async (changes) => {
    const { count } = await changes.tx.company.updateMany({
      where: { id: companyId, status: "SUSPENDED" },
      data: { status: "ACTIVE", suspendedAt: null },
    });
    if (count === 0) {
      const exists = await changes.tx.company.findUnique({ where: { id: companyId }, select: { id: true } });
      throw exists ? new ConflictError("This company is not suspended.") : new NotFoundError("That company does not exist.");
    }
    await recordAudit(changes.tx, actor, { action: "company.restore", targetType: "Company", targetId: companyId, reason });
    changes.liveSetChanged();
    return { id: companyId };
  });
}

/** Suspends an account: every session ends with it, so the next request of any browser is signed out. */
export async function suspendUser(actor: Actor, userId: string, reason: string): Promise<SuspensionResult> {
  assertAdmin(actor);
  if (userId === actor.id) throw new ConflictError("You cannot suspend your own account.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, status: true } });
    if (!user) throw new NotFoundError("That account does not exist.");
    if (user.status === "SUSPENDED") throw new ConflictError("This account is already suspended.");
    if (user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) {
      throw new ConflictError("This is the last active admin; make someone else an admin first.");
    }
    const now = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "ACTIVE" },
      data: { status: "SUSPENDED", suspendedAt: now, suspensionReason: reason },
    });
    if (count === 0) throw new ConflictError("This account is already suspended.");
    const sessions = await revokeUserSessions(userId, { tx, now });
    await recordAudit(tx, actor, {
      action: "user.suspend",
      targetType: "User",
      targetId: userId,
      reason,
      metadata: { sessionsRevoked: sessions },
    });
    return { id: userId };
  });
}

export async function restoreUser(actor: Actor, userId: string, reason: string): Promise<SuspensionResult> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "SUSPENDED" },
      data: { status: "ACTIVE", suspendedAt: null },
    });
    if (count === 0) {
      const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
      throw exists ? new ConflictError("This account is not suspended.") : new NotFoundError("That account does not exist.");
    }
    await recordAudit(tx, actor, { action: "user.restore", targetType: "User", targetId: userId, reason });
    return { id: userId };
  });
}
