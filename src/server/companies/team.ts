import "server-only";
import { randomBytes } from "node:crypto";
import type { CompanyMemberRole } from "@/generated/prisma/enums";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { hashToken } from "@/server/accounts/email-tokens";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { currentMembership } from "@/server/companies/membership";
import { db, type Tx } from "@/server/db";
import { withMail, enqueueEmail } from "@/server/mail/enqueue";
import { employerCompanyId } from "@/server/listings/employer";

// A company's team: owners invite by mail, set roles, remove members and hand over ownership; anyone
// invited accepts with a single-use link. Every change locks the company's row first, so two owners
// acting at once are serialised and the company can never end up without an owner; every change is
// audited in its transaction.

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Locks the company's row for the transaction and checks the actor is (still) one of its owners. */
async function lockAsOwner(tx: Tx, actor: Actor) {
  const companyId = employerCompanyId(actor);
  const [company] = await tx.$queryRaw<{ status: string; name: string }[]>`
    SELECT "status"::text AS "status", "name" FROM "Company" WHERE "id" = ${companyId} FOR UPDATE`;
  const member = await tx.companyMember.findUnique({
    where: { companyId_userId: { companyId, userId: actor.id } },
    select: { role: true },
  });
  if (!company || !member) throw new NotFoundError("Company not found.");
  if (member.role !== "OWNER") throw new ForbiddenError("Only the company's owners can do that.");
  return { companyId, companyName: company.name, active: company.status === "ACTIVE" };
}

async function ownerCount(tx: Tx, companyId: string) {
  return tx.companyMember.count({ where: { companyId, role: "OWNER" } });
}

/** The team as any member sees it: members, and the invitations still waiting for an answer. */
export async function getTeam(actor: Actor, now = new Date()) {
  const membership = await currentMembership(actor).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!membership) return null;
  const { companyId } = membership;
  const [members, invitations] = await Promise.all([
    db.companyMember.findMany({
      where: { companyId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.companyInvitation.findMany({
      where: { companyId, acceptedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return {
    role: membership.role,
    members: members.map((m) => ({ ...m, isYou: m.user.id === actor.id })),
    invitations: invitations.map((i) => ({ ...i, expired: i.expiresAt <= now })),
  };
}

/**
 * Invites an address (or sends a fresh link to one already invited: the old link stops working). The raw
 * token leaves only in the mail; the database keeps its hash.
 */
export async function inviteMember(actor: Actor, input: { email: string; role: CompanyMemberRole }, now = new Date()) {
  return withMail(async (tx) => {
    const { companyId, companyName, active } = await lockAsOwner(tx, actor);
    if (!active) throw new ConflictError("Your company account is suspended, so it cannot invite anyone.");
    const existing = await tx.companyMember.findFirst({
      where: { companyId, user: { email: input.email } },
      select: { id: true },
    });
    if (existing) throw new ConflictError(`${input.email} is already on your team.`);

    const token = randomBytes(32).toString("base64url");
    const fields = {
      role: input.role,
      tokenHash: hashToken(token),
      invitedById: actor.id,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      acceptedAt: null,
      createdAt: now,
    };
    const invitation = await tx.companyInvitation.upsert({
      where: { companyId_email: { companyId, email: input.email } },
      create: { companyId, email: input.email, ...fields },
      update: fields,
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await enqueueEmail(tx, {
      kind: "team-invitation",
      to: { address: input.email },
      data: { companyName, inviterName: actor.name, role: input.role, token },
      // Each link is its own message: a resend is news, a retried request with the same link is not.
      dedupeKey: `team-invitation:${fields.tokenHash}`,
    });
    await recordAudit(tx, actor, {
      action: "company.invite",
      targetType: "Company",
      targetId: companyId,
      metadata: { invitationId: invitation.id, email: input.email, role: input.role },
    });
    return invitation;
  });
}

/** Withdraws an invitation nobody has accepted yet; its link stops working. */
export async function revokeInvitation(actor: Actor, input: { invitationId: string }) {
  return db.$transaction(async (tx) => {
    const { companyId } = await lockAsOwner(tx, actor);
    const where = { id: input.invitationId, companyId, acceptedAt: null };
    const revoked = await tx.companyInvitation.findFirst({ where, select: { id: true, email: true } });
    if (!revoked) throw new NotFoundError("Invitation not found.");
    await tx.companyInvitation.deleteMany({ where });
    await recordAudit(tx, actor, {
      action: "company.invitation.revoke",
      targetType: "Company",
      targetId: companyId,
      metadata: { invitationId: revoked.id, email: revoked.email },
    });
    return revoked;
  });
}

export type InvitationState =
  | { status: "valid"; companyName: string; email: string; role: CompanyMemberRole }
  | { status: "used" | "expired"; companyName: string; email: string }
  | { status: "invalid" };

/** A token of a plausible shape: 43 base64url characters. Anything else is not looked up at all. */
function plausible(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** What an invitation link is, without using it (the accept page explains before the button). */
export async function inspectInvitation(token: string, now = new Date()): Promise<InvitationState> {
  if (!plausible(token)) return { status: "invalid" };
  const row = await db.companyInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, acceptedAt: true, expiresAt: true, company: { select: { name: true, status: true } } },
  });
  if (!row || row.company.status !== "ACTIVE") return { status: "invalid" };
  const about = { companyName: row.company.name, email: row.email };
  if (row.acceptedAt) return { status: "used", ...about };
  if (row.expiresAt <= now) return { status: "expired", ...about };
  return { status: "valid", ...about, role: row.role };
}

const NOT_VALID = "This invitation link is not valid. Check that you copied all of it.";

/**
 * Reads the invitation a link names, with its company's row locked (membership changes are serialised
 * per company), and refuses a link that is unknown, used, expired or of a suspended company. Nothing is
 * used yet: the caller checks who may take it, then calls `consumeInvitation`.
 */
export async function openInvitation(tx: Tx, token: string, now: Date) {
  if (!plausible(token)) throw new NotFoundError(NOT_VALID);
  const tokenHash = hashToken(token);
  const invitation = await tx.companyInvitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      companyId: true,
      email: true,
      role: true,
      acceptedAt: true,
      expiresAt: true,
      company: { select: { status: true, name: true } },
    },
  });
  if (!invitation || invitation.company.status !== "ACTIVE") throw new NotFoundError(NOT_VALID);
  await tx.$queryRaw`SELECT 1 FROM "Company" WHERE "id" = ${invitation.companyId} FOR UPDATE`;
  if (invitation.acceptedAt)
    throw new ConflictError("This invitation has already been used. Ask the company's owner for a new one if you need it.");
  if (invitation.expiresAt <= now)
    throw new ConflictError("This invitation has expired. Ask the company's owner to send a new one.");
  return { ...invitation, tokenHash };
}

/**
 * Uses the invitation and makes `userId` a member with the invited role, audited. The update is
 * conditional (unused, unexpired), so two clicks at once succeed once.
 */
export async function consumeInvitation(
  tx: Tx,
  invitation: Awaited<ReturnType<typeof openInvitation>>,
  joiner: { id: string; email: string },
  now: Date,
  how: "accept" | "sign-up",
) {
  const { count } = await tx.companyInvitation.updateMany({
    where: { id: invitation.id, tokenHash: invitation.tokenHash, acceptedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count === 0) throw new ConflictError("This invitation has already been used.");
  const joined = await tx.companyMember.create({
    data: { companyId: invitation.companyId, userId: joiner.id, role: invitation.role },
    select: { id: true, companyId: true, role: true },
  });
  await recordAudit(tx, joiner, {
    action: "company.member.join",
    targetType: "Company",
    targetId: invitation.companyId,
    metadata: { memberId: joined.id, userId: joiner.id, role: joined.role, invitationId: invitation.id, how },
  });
  return joined;
}

/**
 * The signed-in user joins the company with the invited role. The link must be unused and unexpired and
 * addressed to the account's own address. The session then acts for the company just joined.
 */
export async function acceptInvitation(actor: Actor, input: { token: string }, now = new Date()) {
  if (!plausible(input.token)) throw new NotFoundError(NOT_VALID);
  return db.$transaction(async (tx) => {
    const invitation = await openInvitation(tx, input.token, now);
    if (invitation.email !== actor.email.toLowerCase()) {
      throw new ConflictError(`This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`);
    }
    if (actor.role !== "EMPLOYER") {
      throw new ConflictError(
        "Teams are for employer accounts; this account is not one. Sign in with an employer account to join.",
      );
    }
    const member = await tx.companyMember.findUnique({
      where: { companyId_userId: { companyId: invitation.companyId, userId: actor.id } },
      select: { id: true },
    });
    if (member) throw new ConflictError("You are already on this company's team.");
    const joined = await consumeInvitation(tx, invitation, actor, now, "accept");
    // Someone already in another company joined to work for this one: act for it from now on.
    if (actor.sessionId) {
      await tx.session.updateMany({
        where: { id: actor.sessionId, userId: actor.id },
        data: { activeCompanyId: invitation.companyId },
      });
    }
    return joined;
  });
}

async function memberOf(tx: Tx, companyId: string, memberId: string) {
  const member = await tx.companyMember.findFirst({
    where: { id: memberId, companyId },
    select: { id: true, userId: true, role: true, user: { select: { name: true } } },
  });
  if (!member) throw new NotFoundError("Team member not found.");
  return member;
}

/** An owner sets a member's role; the last owner cannot stop being one (hand ownership over instead). */
export async function changeMemberRole(actor: Actor, input: { memberId: string; role: CompanyMemberRole }) {
  return db.$transaction(async (tx) => {
    const { companyId } = await lockAsOwner(tx, actor);
    const member = await memberOf(tx, companyId, input.memberId);
    if (member.role === input.role) throw new ConflictError(`${member.user.name} already has that role.`);
    if (member.role === "OWNER" && (await ownerCount(tx, companyId)) === 1) {
      throw new ConflictError("A company needs at least one owner: make someone else an owner first.");
    }
    await tx.companyMember.update({ where: { id: member.id }, data: { role: input.role } });
    await recordAudit(tx, actor, {
      action: "company.member.role",
      targetType: "Company",
      targetId: companyId,
      metadata: { memberId: member.id, userId: member.userId, from: member.role, to: input.role },
    });
    return { memberId: member.id, role: input.role, self: member.userId === actor.id };
  });
}

/** An owner removes a member (themself too, while another owner remains). */
export async function removeMember(actor: Actor, input: { memberId: string }) {
  return db.$transaction(async (tx) => {
    const { companyId } = await lockAsOwner(tx, actor);
    const member = await memberOf(tx, companyId, input.memberId);
    if (member.role === "OWNER" && (await ownerCount(tx, companyId)) === 1) {
      throw new ConflictError("A company needs at least one owner: the last one cannot be removed.");
    }
    await tx.companyMember.delete({ where: { id: member.id } });
    await recordAudit(tx, actor, {
      action: "company.member.remove",
      targetType: "Company",
      targetId: companyId,
      metadata: { memberId: member.id, userId: member.userId, role: member.role },
    });
    return { memberId: member.id, self: member.userId === actor.id };
  });
}

/** The owner hands ownership to a recruiter and becomes a recruiter themself, in one step. */
export async function transferOwnership(actor: Actor, input: { memberId: string }) {
  return db.$transaction(async (tx) => {
    const { companyId } = await lockAsOwner(tx, actor);
    const member = await memberOf(tx, companyId, input.memberId);
    if (member.userId === actor.id) throw new ConflictError("You already own the company; choose another member.");
    if (member.role === "OWNER") throw new ConflictError(`${member.user.name} is already an owner.`);
    await tx.companyMember.update({ where: { id: member.id }, data: { role: "OWNER" } });
    await tx.companyMember.update({
      where: { companyId_userId: { companyId, userId: actor.id } },
      data: { role: "RECRUITER" },
    });
    await recordAudit(tx, actor, {
      action: "company.ownership.transfer",
      targetType: "Company",
      targetId: companyId,
      metadata: { fromUserId: actor.id, toUserId: member.userId, memberId: member.id },
    });
    return { memberId: member.id };
  });
}
