import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import type { Actor } from "@/server/auth/session";
import {
  acceptInvitationDefinition,
  changeMemberRoleDefinition,
  inviteMemberDefinition,
  removeMemberDefinition,
  revokeInvitationDefinition,
  transferOwnershipDefinition,
} from "@/server/companies/actions";
import { INVITATION_LIFETIME_MS, getTeam, inspectInvitation } from "@/server/companies/team";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { actorFor, createCandidate, createEmployer, createUser } from "../setup/factories";

// The team (issue 10): owners invite by mail (single-use hashed link, 7 days), set roles, remove members
// and hand over ownership; every change is audited; a company always keeps an owner.

beforeEach(resetDatabase);

async function memberOf(companyId: string, role: "OWNER" | "RECRUITER" = "RECRUITER") {
  const user = await createUser("EMPLOYER");
  const member = await db.companyMember.create({ data: { companyId, userId: user.id, role } });
  return { user, member, actor: actorFor(user, companyId) };
}

/** Invites through the action and returns the raw token, as only the mail carries it. */
async function invite(owner: Awaited<ReturnType<typeof createEmployer>>, email: string, role = "RECRUITER") {
  const outcome = await executeAction(inviteMemberDefinition, owner.actor, { email, role });
  expect(outcome).toMatchObject({ ok: true });
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { kind: "team-invitation", toAddress: email.trim().toLowerCase() },
    orderBy: { createdAt: "desc" },
  });
  return (mail.data as { token: string }).token;
}

const roles = async (companyId: string) =>
  Object.fromEntries((await db.companyMember.findMany({ where: { companyId } })).map((m) => [m.userId, m.role]));

describe("inviting", () => {
  it("an owner invites an address: hashed single-use token, 7-day expiry, the mail, an audit row", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "  Grace@Example.TEST ");

    const invitation = await db.companyInvitation.findFirstOrThrow({ where: { companyId: owner.company.id } });
    expect(invitation).toMatchObject({
      email: "grace@example.test",
      role: "RECRUITER",
      invitedById: owner.user.id,
      acceptedAt: null,
    });
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(INVITATION_LIFETIME_MS);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { kind: "team-invitation" } });
    expect(mail).toMatchObject({ toAddress: "grace@example.test", data: { companyName: owner.company.name, role: "RECRUITER" } });
    expect(await db.auditLog.count({ where: { action: "company.invite", targetId: owner.company.id } })).toBe(1);
    expect(await inspectInvitation(token)).toEqual({
      status: "valid",
      companyName: owner.company.name,
      email: "grace@example.test",
      role: "RECRUITER",
    });
  });

  it("inviting the same address again sends a new link and the old one stops working", async () => {
    const owner = await createEmployer();
    const first = await invite(owner, "grace@example.test");
    const second = await invite(owner, "grace@example.test", "OWNER");
    expect(second).not.toBe(first);
    expect(await db.companyInvitation.count()).toBe(1);
    expect(await inspectInvitation(first)).toEqual({ status: "invalid" });
    expect(await inspectInvitation(second)).toMatchObject({ status: "valid", role: "OWNER" });
  });

  it("a recruiter may not invite; another company's owner cannot touch this team; a member cannot be invited twice", async () => {
    const owner = await createEmployer();
    const recruiter = await memberOf(owner.company.id);

    const refused = await executeAction(inviteMemberDefinition, recruiter.actor, { email: "x@example.test", role: "RECRUITER" });
    expect(refused).toMatchObject({ ok: false, state: { message: "Only the company's owners can do that." } });

    const already = await executeAction(inviteMemberDefinition, owner.actor, { email: recruiter.user.email, role: "RECRUITER" });
    expect(already).toMatchObject({ ok: false, state: { message: `${recruiter.user.email} is already on your team.` } });

    const bad = await executeAction(inviteMemberDefinition, owner.actor, { email: "not an address", role: "BOSS" });
    expect(bad).toMatchObject({
      ok: false,
      state: { fieldErrors: { email: [expect.any(String)], role: ["Choose owner or recruiter."] } },
    });

    expect(await db.companyInvitation.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("a suspended company cannot invite: a conflict", async () => {
    const owner = await createEmployer();
    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED" } });
    const outcome = await executeAction(inviteMemberDefinition, owner.actor, { email: "x@example.test", role: "RECRUITER" });
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/suspended/) } });
    expect(await db.companyInvitation.count()).toBe(0);
  });

  it("an owner withdraws a pending invitation; another company's owner gets not found", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    const invitation = await db.companyInvitation.findFirstOrThrow();
    const other = await createEmployer();

    expect(await executeAction(revokeInvitationDefinition, other.actor, { invitationId: invitation.id })).toMatchObject({
      ok: false,
      state: { message: "Invitation not found." },
    });
    expect(await db.companyInvitation.count()).toBe(1);

    expect(await executeAction(revokeInvitationDefinition, owner.actor, { invitationId: invitation.id })).toMatchObject({
      ok: true,
    });
    expect(await inspectInvitation(token)).toEqual({ status: "invalid" });
    expect(await db.auditLog.count({ where: { action: "company.invitation.revoke" } })).toBe(1);
  });
});

describe("accepting", () => {
  it("the signed-in employer with the invited address joins with the invited role, once; audited", async () => {
    const owner = await createEmployer();
    const grace = await createUser("EMPLOYER", { email: "grace@example.test" });
    const token = await invite(owner, "grace@example.test");

    const outcome = await executeAction(acceptInvitationDefinition, actorFor(grace), { token });
    expect(outcome).toMatchObject({ ok: true, redirectTo: "/employer/team?joined=1" });
    expect(await roles(owner.company.id)).toMatchObject({ [grace.id]: "RECRUITER" });
    expect(await db.auditLog.count({ where: { action: "company.member.join", actorId: grace.id } })).toBe(1);

    // The link is single-use: a second click, by anyone, is refused and changes nothing.
    const again = await executeAction(acceptInvitationDefinition, actorFor(grace, owner.company.id), { token });
    expect(again).toMatchObject({ ok: false, state: { message: expect.stringMatching(/already been used/) } });
    expect(await inspectInvitation(token)).toMatchObject({ status: "used" });
    expect(await db.companyMember.count({ where: { companyId: owner.company.id } })).toBe(2);
  });

  it("an expired link is refused with a clear message and nobody joins", async () => {
    const owner = await createEmployer();
    const grace = await createUser("EMPLOYER", { email: "grace@example.test" });
    const token = await invite(owner, "grace@example.test");
    await db.companyInvitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await inspectInvitation(token)).toMatchObject({ status: "expired" });
    const outcome = await executeAction(acceptInvitationDefinition, actorFor(grace), { token });
    expect(outcome).toMatchObject({
      ok: false,
      state: { message: "This invitation has expired. Ask the company's owner to send a new one." },
    });
    expect(await db.companyMember.count({ where: { userId: grace.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "company.member.join" } })).toBe(0);
  });

  it("is refused for another address, a candidate account, a made-up or mangled link", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    const someoneElse = await createUser("EMPLOYER");
    const candidate = await createCandidate();
    await db.user.update({ where: { id: candidate.user.id }, data: { email: "grace2@example.test" } });
    const candidateGrace = await createUser("CANDIDATE", { email: "grace@example.test" });

    const wrong = await executeAction(acceptInvitationDefinition, actorFor(someoneElse), { token });
    expect(wrong).toMatchObject({ ok: false, state: { message: expect.stringMatching(/sent to grace@example.test/) } });
    const notEmployer = await executeAction(acceptInvitationDefinition, actorFor(candidateGrace), { token });
    expect(notEmployer).toMatchObject({ ok: false, state: { message: expect.stringMatching(/employer accounts/) } });
    for (const made of ["x".repeat(43), `${token.slice(0, -1)}`, "<script>"]) {
      const outcome = await executeAction(acceptInvitationDefinition, actorFor(someoneElse), { token: made });
      expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/not valid/) } });
    }
    expect(await db.companyMember.count({ where: { companyId: owner.company.id } })).toBe(1);
    expect(await inspectInvitation(token)).toMatchObject({ status: "valid" });
  });
});

describe("roles, removal and ownership", () => {
  it("an owner makes a recruiter an owner and back; audited each time; the same role again is a conflict", async () => {
    const owner = await createEmployer();
    const recruiter = await memberOf(owner.company.id);

    expect(
      await executeAction(changeMemberRoleDefinition, owner.actor, { memberId: recruiter.member.id, role: "OWNER" }),
    ).toMatchObject({ ok: true });
    expect(await roles(owner.company.id)).toMatchObject({ [recruiter.user.id]: "OWNER" });
    const same = await executeAction(changeMemberRoleDefinition, owner.actor, { memberId: recruiter.member.id, role: "OWNER" });
    expect(same).toMatchObject({ ok: false, state: { message: expect.stringMatching(/already has that role/) } });
    expect(
      await executeAction(changeMemberRoleDefinition, owner.actor, { memberId: recruiter.member.id, role: "RECRUITER" }),
    ).toMatchObject({ ok: true });
    expect(await db.auditLog.findMany({ where: { action: "company.member.role" }, orderBy: { id: "asc" } })).toEqual([
      expect.objectContaining({ metadata: expect.objectContaining({ from: "RECRUITER", to: "OWNER" }) }),
      expect.objectContaining({ metadata: expect.objectContaining({ from: "OWNER", to: "RECRUITER" }) }),
    ]);
  });

  it("the last owner can neither step down nor be removed: a conflict, unchanged", async () => {
    const owner = await createEmployer();
    const ownMember = await db.companyMember.findFirstOrThrow({ where: { userId: owner.user.id } });

    const down = await executeAction(changeMemberRoleDefinition, owner.actor, { memberId: ownMember.id, role: "RECRUITER" });
    expect(down).toMatchObject({ ok: false, state: { message: expect.stringMatching(/at least one owner/) } });
    const out = await executeAction(removeMemberDefinition, owner.actor, { memberId: ownMember.id });
    expect(out).toMatchObject({ ok: false, state: { message: expect.stringMatching(/at least one owner/) } });
    expect(await roles(owner.company.id)).toEqual({ [owner.user.id]: "OWNER" });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("two owners demoting each other at the same moment: one wins, the company keeps an owner", async () => {
    const a = await createEmployer();
    const b = await memberOf(a.company.id, "OWNER");
    const aMember = await db.companyMember.findFirstOrThrow({ where: { userId: a.user.id } });

    const outcomes = await Promise.all([
      executeAction(changeMemberRoleDefinition, a.actor, { memberId: b.member.id, role: "RECRUITER" }),
      executeAction(changeMemberRoleDefinition, b.actor, { memberId: aMember.id, role: "RECRUITER" }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)?.state).toMatchObject({ status: "error" });
    expect(await db.companyMember.count({ where: { companyId: a.company.id, role: "OWNER" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "company.member.role" } })).toBe(1);
  });

  it("an owner removes a recruiter (audited), and may leave while another owner remains", async () => {
    const owner = await createEmployer();
    const recruiter = await memberOf(owner.company.id);
    const coOwner = await memberOf(owner.company.id, "OWNER");

    expect(await executeAction(removeMemberDefinition, owner.actor, { memberId: recruiter.member.id })).toMatchObject({
      ok: true,
    });
    const ownMember = await db.companyMember.findFirstOrThrow({ where: { userId: owner.user.id } });
    expect(await executeAction(removeMemberDefinition, owner.actor, { memberId: ownMember.id })).toMatchObject({
      ok: true,
      redirectTo: "/employer/listings",
    });
    expect(await roles(owner.company.id)).toEqual({ [coOwner.user.id]: "OWNER" });
    expect(await db.auditLog.count({ where: { action: "company.member.remove" } })).toBe(2);
  });

  it("hands ownership over: the recruiter becomes owner, the owner a recruiter; audited", async () => {
    const owner = await createEmployer();
    const recruiter = await memberOf(owner.company.id);

    const outcome = await executeAction(transferOwnershipDefinition, owner.actor, { memberId: recruiter.member.id });
    expect(outcome).toMatchObject({ ok: true });
    expect(await roles(owner.company.id)).toEqual({ [owner.user.id]: "RECRUITER", [recruiter.user.id]: "OWNER" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "company.ownership.transfer" } })).toMatchObject({
      actorId: owner.user.id,
      metadata: { toUserId: recruiter.user.id },
    });

    // The former owner is a recruiter now: owner-only work is refused.
    const back = await executeAction(transferOwnershipDefinition, owner.actor, { memberId: recruiter.member.id });
    expect(back).toMatchObject({ ok: false, state: { message: "Only the company's owners can do that." } });
    // Handing it to someone who already owns it is a conflict.
    const ownMember = await db.companyMember.findFirstOrThrow({ where: { userId: owner.user.id } });
    await db.companyMember.update({ where: { id: ownMember.id }, data: { role: "OWNER" } });
    const already = await executeAction(transferOwnershipDefinition, owner.actor, { memberId: recruiter.member.id });
    expect(already).toMatchObject({ ok: false, state: { message: expect.stringMatching(/already an owner/) } });
  });

  it("a recruiter can do none of it, and another company's owner gets not found; nothing changes", async () => {
    const owner = await createEmployer();
    const recruiter = await memberOf(owner.company.id);
    const other = await createEmployer();
    const ownMember = await db.companyMember.findFirstOrThrow({ where: { userId: owner.user.id } });
    const before = await roles(owner.company.id);

    const attempts = [
      (actor: Actor) => executeAction(changeMemberRoleDefinition, actor, { memberId: ownMember.id, role: "RECRUITER" }),
      (actor: Actor) => executeAction(removeMemberDefinition, actor, { memberId: ownMember.id }),
      (actor: Actor) => executeAction(transferOwnershipDefinition, actor, { memberId: recruiter.member.id }),
    ];
    for (const attempt of attempts) {
      const byRecruiter = await attempt(recruiter.actor);
      expect(byRecruiter).toMatchObject({ ok: false, state: { message: "Only the company's owners can do that." } });
      const byOther = await attempt(other.actor);
      expect(byOther).toMatchObject({ ok: false, state: { message: "Team member not found." } });
    }
    expect(await roles(owner.company.id)).toEqual(before);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("every member sees the team and the pending invitations; a non-member sees nothing", async () => {
    const owner = await createEmployer();
    const recruiter = await memberOf(owner.company.id);
    await invite(owner, "grace@example.test");

    const team = await getTeam(recruiter.actor);
    expect(team).toMatchObject({ role: "RECRUITER", invitations: [{ email: "grace@example.test", expired: false }] });
    expect(team?.members.map((m) => [m.user.id, m.role, m.isYou])).toEqual([
      [owner.user.id, "OWNER", false],
      [recruiter.user.id, "RECRUITER", true],
    ]);
    const outsider = await createUser("EMPLOYER");
    expect(await getTeam(actorFor(outsider, owner.company.id))).toBeNull();
  });
});
