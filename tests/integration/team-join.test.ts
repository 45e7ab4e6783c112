import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

// Joining a team without an account of one's own, and employers in several companies (issue 10's "invite a
// recruiter who accepts and sees the pipeline"; docs/decisions/024-applicant-export-and-team.md).

// Signing in writes the session cookie, which needs a request; here the test records who would be signed in.
const started = vi.hoisted(() => ({ users: [] as { id: string; email: string }[] }));
vi.mock("@/server/auth/session-cookie", async (original) => ({
  ...(await original<typeof import("@/server/auth/session-cookie")>()),
  startSession: async (user: { id: string; email: string }) => {
    started.users.push(user);
  },
}));

const { executeAction } = await import("@/server/action");
const { invitationSignUpSchema } = await import("@/lib/schemas/team");
const { loadActor } = await import("@/server/auth/load-actor");
const { createSessionRow } = await import("@/server/auth/sessions");
const { listApplicationsForOwnListing } = await import("@/server/applications/employer");
const {
  acceptInvitationDefinition,
  invitationSignUpDefinition,
  inviteMemberDefinition,
  removeMemberDefinition,
  switchCompanyDefinition,
} = await import("@/server/companies/actions");
const { employerCompanies } = await import("@/server/companies/active-company");
const { signUpFromInvitation } = await import("@/server/companies/invitation-sign-up");
const { inspectInvitation } = await import("@/server/companies/team");
const { db } = await import("@/server/db");
const { getOwnListing, listOwnListings } = await import("@/server/listings/employer");
const { resetDatabase } = await import("../setup/db");
const { actorFor, createCandidate, createEmployer, createListing, createUser } = await import("../setup/factories");

beforeEach(async () => {
  started.users = [];
  await resetDatabase();
});

const PASSWORD = "a long enough passphrase";

/** Invites through the action and returns the raw token, as only the mail carries it. */
async function invite(owner: { actor: Actor }, email: string, role = "RECRUITER") {
  const outcome = await executeAction(inviteMemberDefinition, owner.actor, { email, role });
  expect(outcome).toMatchObject({ ok: true });
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { kind: "team-invitation", toAddress: email },
    orderBy: { createdAt: "desc" },
  });
  return (mail.data as { token: string }).token;
}

/** The actor a request signed in with this session row would get. */
async function actorOf(sessionId: string, userId: string) {
  const actor = await loadActor(sessionId, userId);
  if (!actor) throw new Error("the session should sign the user in");
  return actor;
}

const counts = async () => ({
  users: await db.user.count(),
  members: await db.companyMember.count(),
  companies: await db.company.count(),
  joins: await db.auditLog.count({ where: { action: "company.member.join" } }),
});

describe("creating an account from an invitation", () => {
  it("creates the employer, confirmed, as a member with the invited role; uses the link; signs in; audited", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    const companiesBefore = await db.company.count();

    const outcome = await executeAction(invitationSignUpDefinition, null, { token, name: "Grace Hopper", password: PASSWORD });
    expect(outcome).toMatchObject({ ok: true, redirectTo: "/employer/team?joined=1" });

    const grace = await db.user.findUniqueOrThrow({ where: { email: "grace@example.test" } });
    expect(grace).toMatchObject({ name: "Grace Hopper", role: "EMPLOYER", status: "ACTIVE" });
    expect(grace.emailVerifiedAt).not.toBeNull();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: grace.id }, select: { passwordHash: true } });
    expect(passwordHash).toMatch(/^\$argon2/);
    expect(await db.companyMember.findMany({ where: { userId: grace.id }, select: { companyId: true, role: true } })).toEqual([
      { companyId: owner.company.id, role: "RECRUITER" },
    ]);
    // No company of their own, and no verification mail: the link proved the address.
    expect(await db.company.count()).toBe(companiesBefore);
    expect(await db.emailOutbox.count({ where: { toAddress: "grace@example.test", kind: { not: "team-invitation" } } })).toBe(0);
    expect(await inspectInvitation(token)).toMatchObject({ status: "used" });
    expect(started.users).toEqual([expect.objectContaining({ id: grace.id, email: "grace@example.test" })]);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "company.member.join", actorId: grace.id } })).toMatchObject({
      targetId: owner.company.id,
      metadata: expect.objectContaining({ how: "sign-up" }),
    });

    // The recruiter sees the company's pipeline at once.
    const listing = await createListing(owner.company.id);
    const session = await createSessionRow(grace.id);
    const actor = await actorOf(session.id, grace.id);
    expect(actor.companyId).toBe(owner.company.id);
    expect((await listOwnListings(actor)).map((l) => l.id)).toEqual([listing.id]);
    expect(await listApplicationsForOwnListing(actor, listing.id)).toEqual([]);
  });

  it("a used link is refused and creates nothing", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    await signUpFromInvitation({ token, name: "Grace", password: PASSWORD });
    const before = await counts();

    const again = await executeAction(invitationSignUpDefinition, null, { token, name: "Mallory", password: PASSWORD });
    expect(again).toMatchObject({ ok: false, state: { message: expect.stringMatching(/already been used/) } });
    expect(await counts()).toEqual(before);
    expect(await db.user.count({ where: { name: "Mallory" } })).toBe(0);
    expect(started.users).toHaveLength(0);
  });

  it("an expired link is refused with a clear message and creates nothing", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    await db.companyInvitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await counts();

    const outcome = await executeAction(invitationSignUpDefinition, null, { token, name: "Grace", password: PASSWORD });
    expect(outcome).toMatchObject({
      ok: false,
      state: { message: "This invitation has expired. Ask the company's owner to send a new one." },
    });
    expect(await counts()).toEqual(before);
    expect(await db.user.findUnique({ where: { email: "grace@example.test" } })).toBeNull();
  });

  it("cannot make an account for another address: the invited one is always used", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");

    // An email sent along with the form is not part of the input at all.
    const input = invitationSignUpSchema.parse({ token, name: "Mallory", password: PASSWORD, email: "mallory@example.test" });
    expect(input).not.toHaveProperty("email");
    const outcome = await executeAction(invitationSignUpDefinition, null, {
      token,
      name: "Mallory",
      password: PASSWORD,
      email: "mallory@example.test",
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(await db.user.findUnique({ where: { email: "mallory@example.test" } })).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { email: "grace@example.test" } })).toMatchObject({ name: "Mallory" });
  });

  it("refuses an address that already has an account (sign in instead), a signed-in visitor, made-up links and bad input", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    const existing = await createUser("EMPLOYER", { email: "grace@example.test" });
    const candidate = await createCandidate();
    const before = await counts();

    const taken = await executeAction(invitationSignUpDefinition, null, { token, name: "Grace", password: PASSWORD });
    expect(taken).toMatchObject({
      ok: false,
      state: {
        message: expect.stringMatching(/already has a Backplane account/),
        action: { href: expect.stringContaining(encodeURIComponent(`/invitations/${token}`)), label: "Sign in to accept" },
      },
    });
    const signedIn = await executeAction(invitationSignUpDefinition, candidate.actor, {
      token,
      name: "Grace",
      password: PASSWORD,
    });
    expect(signedIn).toMatchObject({ ok: false, state: { message: expect.stringMatching(/Sign out first/) } });
    for (const made of ["x".repeat(43), token.slice(0, -1), "<script>"]) {
      const outcome = await executeAction(invitationSignUpDefinition, null, { token: made, name: "Grace", password: PASSWORD });
      expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/not valid/) } });
    }
    const weak = await executeAction(invitationSignUpDefinition, null, { token, name: "", password: "short" });
    expect(weak).toMatchObject({
      ok: false,
      state: {
        fieldErrors: { name: ["Enter your name."], password: expect.arrayContaining(["Use at least 10 characters."]) },
        values: { name: "" },
      },
    });

    expect(await counts()).toEqual(before);
    expect(await inspectInvitation(token)).toMatchObject({ status: "valid" });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: existing.name });
    expect(started.users).toHaveLength(0);
  });

  it("an invitation sign-up for a suspended company is not valid", async () => {
    const owner = await createEmployer();
    const token = await invite(owner, "grace@example.test");
    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED" } });
    const outcome = await executeAction(invitationSignUpDefinition, null, { token, name: "Grace", password: PASSWORD });
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/not valid/) } });
    expect(await db.user.findUnique({ where: { email: "grace@example.test" } })).toBeNull();
  });
});

/** An employer who owns company A and then joined company B as a recruiter, signed in with one session. */
async function inTwoCompanies() {
  const a = await createEmployer();
  const b = await createEmployer();
  await db.companyMember.create({
    data: { companyId: b.company.id, userId: a.user.id, role: "RECRUITER", createdAt: new Date(Date.now() + 1000) },
  });
  const session = await createSessionRow(a.user.id);
  return { a, b, user: a.user, sessionId: session.id };
}

describe("employers in several companies", () => {
  it("act for the oldest membership until they switch; the switch holds for this session only", async () => {
    const { a, b, user, sessionId } = await inTwoCompanies();
    const listingA = await createListing(a.company.id);
    const listingB = await createListing(b.company.id);
    const other = await createSessionRow(user.id);

    const first = await actorOf(sessionId, user.id);
    expect(first.companyId).toBe(a.company.id);
    expect(await employerCompanies(first)).toEqual([
      { id: a.company.id, name: a.company.name, role: "OWNER", active: true },
      { id: b.company.id, name: b.company.name, role: "RECRUITER", active: false },
    ]);

    const outcome = await executeAction(switchCompanyDefinition, first, { companyId: b.company.id });
    expect(outcome).toMatchObject({ ok: true, redirectTo: "/employer/listings" });
    const switched = await actorOf(sessionId, user.id);
    expect(switched.companyId).toBe(b.company.id);
    expect((await listOwnListings(switched)).map((l) => l.id)).toEqual([listingB.id]);
    expect(await getOwnListing(switched, listingA.id)).toBeNull();
    // Another browser of the same user keeps its own choice.
    expect((await actorOf(other.id, user.id)).companyId).toBe(a.company.id);
  });

  it("switching to a company one is not a member of is not found and changes nothing", async () => {
    const { user, b, sessionId } = await inTwoCompanies();
    const stranger = await createEmployer();
    await executeAction(switchCompanyDefinition, await actorOf(sessionId, user.id), { companyId: b.company.id });

    const actor = await actorOf(sessionId, user.id);
    for (const companyId of [stranger.company.id, "c".repeat(25)]) {
      const outcome = await executeAction(switchCompanyDefinition, actor, { companyId });
      expect(outcome).toMatchObject({ ok: false, state: { message: "Company not found." } });
    }
    expect(await db.session.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ activeCompanyId: b.company.id });
    expect((await actorOf(sessionId, user.id)).companyId).toBe(b.company.id);
    expect(await executeAction(switchCompanyDefinition, actor, { companyId: "../x" })).toMatchObject({
      ok: false,
      state: { fieldErrors: { companyId: [expect.any(String)] } },
    });
    // Candidates have no companies to switch between; another user's session is not touched.
    const candidate = await createCandidate();
    expect(await executeAction(switchCompanyDefinition, candidate.actor, { companyId: b.company.id })).toMatchObject({
      ok: false,
      state: { message: "You are not allowed to do that." },
    });
    const strangerSession = await createSessionRow(stranger.user.id);
    const forged = { ...(await actorOf(sessionId, user.id)), sessionId: strangerSession.id };
    expect(await executeAction(switchCompanyDefinition, forged, { companyId: b.company.id })).toMatchObject({ ok: false });
    expect(await db.session.findUniqueOrThrow({ where: { id: strangerSession.id } })).toMatchObject({ activeCompanyId: null });
  });

  it("removed from the active company: the next request acts for the other one and cannot read the old company's data", async () => {
    const { a, b, user, sessionId } = await inTwoCompanies();
    const listingB = await createListing(b.company.id);
    await db.application.create({
      data: { listingId: listingB.id, candidateId: (await createCandidate()).user.id, coverNote: "Hello." },
    });
    await executeAction(switchCompanyDefinition, await actorOf(sessionId, user.id), { companyId: b.company.id });
    expect(await listApplicationsForOwnListing(await actorOf(sessionId, user.id), listingB.id)).toHaveLength(1);

    const member = await db.companyMember.findUniqueOrThrow({
      where: { companyId_userId: { companyId: b.company.id, userId: user.id } },
    });
    expect(await executeAction(removeMemberDefinition, b.actor, { memberId: member.id })).toMatchObject({ ok: true });

    const after = await actorOf(sessionId, user.id);
    expect(after.companyId).toBe(a.company.id);
    expect(await listOwnListings(after)).toEqual([]);
    expect(await getOwnListing(after, listingB.id)).toBeNull();
    expect(await listApplicationsForOwnListing(after, listingB.id)).toBeNull();
    // The stale choice cannot be used to switch back either.
    expect(await executeAction(switchCompanyDefinition, after, { companyId: b.company.id })).toMatchObject({
      ok: false,
      state: { message: "Company not found." },
    });

    // Removed from the last company too: no company at all, not the old one.
    const remaining = await db.companyMember.findUniqueOrThrow({
      where: { companyId_userId: { companyId: a.company.id, userId: user.id } },
    });
    const coOwner = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: a.company.id, userId: coOwner.id, role: "OWNER" } });
    await executeAction(removeMemberDefinition, actorFor(coOwner, a.company.id), { memberId: remaining.id });
    const none = await actorOf(sessionId, user.id);
    expect(none.companyId).toBeNull();
    await expect(listOwnListings(none)).rejects.toThrow(/not a member of a company/);
  });

  it("an employer who already has a company accepts an invitation and acts for the new company", async () => {
    const { a, user, sessionId } = await inTwoCompanies();
    const third = await createEmployer();
    const token = await invite(third, user.email);
    const actor = await actorOf(sessionId, user.id);
    expect(actor.companyId).toBe(a.company.id);

    expect(await executeAction(acceptInvitationDefinition, actor, { token })).toMatchObject({ ok: true });
    const joined = await actorOf(sessionId, user.id);
    expect(joined.companyId).toBe(third.company.id);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "company.member.join", actorId: user.id } })).toMatchObject({
      metadata: expect.objectContaining({ how: "accept" }),
    });
  });
});
