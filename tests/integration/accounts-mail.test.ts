import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { hashToken, TOKEN_LIFETIME_MS } from "@/server/accounts/email-tokens";
import {
  forgotPasswordDefinition,
  resendVerificationDefinition,
  resetPasswordDefinition,
  signUpDefinition,
} from "@/server/accounts/actions";
import { verifyEmail, VERIFICATION_MAILS_PER_HOUR } from "@/server/accounts/verification";
import { applyDefinition } from "@/server/applications/actions";
import { authenticate } from "@/server/auth/users";
import { activeSessionWhere, createSessionRow } from "@/server/auth/sessions";
import { db } from "@/server/db";
import { submitListingDefinition } from "@/server/listings/actions";
import { deliverDueMail } from "@/server/mail/deliver";
import { resetDatabase } from "../setup/db";
import { actorFor, createCandidate, createEmployer, createListing, createUser, TEST_PASSWORD } from "../setup/factories";
import { linksIn, mailSink, outboxOf } from "../setup/mail";

// Accounts through their mail: sign-up that reveals nothing, verification before applying or posting,
// password reset by a single-use link that ends every other session.

beforeEach(async () => {
  await resetDatabase();
  mailSink().clear();
});

const signUp = (email: string, extra: Record<string, string> = {}) =>
  executeAction(signUpDefinition, null, {
    role: "CANDIDATE",
    name: "Robin",
    email,
    password: "a long enough password",
    ...extra,
  });

/** The token of the newest mail of a kind to an address, read from the delivered message. */
async function tokenFromMail(address: string, path: "verify-email" | "reset-password") {
  await deliverDueMail();
  const mail = mailSink().to(address).at(-1);
  const link = linksIn(mail?.text).find((l) => l.includes(`/${path}/`));
  if (!link) throw new Error(`No ${path} link in mail to ${address}`);
  return link.split(`/${path}/`)[1]!;
}

describe("signing up", () => {
  it("answers a new and a taken address alike; the new one gets a link, the owner of the taken one a notice", async () => {
    const owner = await createUser("EMPLOYER", { email: "taken@example.test" });

    const fresh = await signUp("new@example.test");
    const taken = await signUp("Taken@Example.test");

    expect(fresh.ok && taken.ok).toBe(true);
    expect(fresh.state).toEqual(expect.objectContaining({ status: "success" }));
    expect(fresh.state.status === "success" && taken.state.status === "success").toBe(true);
    // The same words, but for the address typed.
    const words = (s: typeof fresh.state) => (s.status === "success" ? s.message.replace(/\S+@\S+/, "<address>") : "");
    expect(words(taken.state)).toBe(words(fresh.state));
    expect(fresh.ok && fresh.redirectTo).toBeUndefined();

    const created = await db.user.findUniqueOrThrow({ where: { email: "new@example.test" } });
    expect(created.emailVerifiedAt).toBeNull();
    expect(await db.user.count({ where: { email: "taken@example.test" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe(owner.name);

    await deliverDueMail();
    expect(
      mailSink()
        .to("new@example.test")
        .map((m) => m.subject),
    ).toEqual(["Confirm your email address"]);
    expect(
      mailSink()
        .to("taken@example.test")
        .map((m) => m.subject),
    ).toEqual(["Someone tried to sign up with your address"]);
    expect(linksIn(mailSink().to("taken@example.test")[0]!.text).some((l) => l.endsWith("/forgot-password"))).toBe(true);
  });

  it("tells the owner of a taken address at most once an hour", async () => {
    await createUser("CANDIDATE", { email: "popular@example.test" });
    for (let i = 0; i < 4; i++) expect((await signUp("popular@example.test")).ok).toBe(true);
    expect(await outboxOf("signup-attempt")).toHaveLength(1);
  });

  it("a verification link confirms once; reused, expired or forged it does not", async () => {
    await signUp("lin@example.test");
    const token = await tokenFromMail("lin@example.test", "verify-email");

    expect(await verifyEmail(token)).toBe("verified");
    expect((await db.user.findUniqueOrThrow({ where: { email: "lin@example.test" } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyEmail(token)).toBe("already verified");
    expect(await verifyEmail("x".repeat(43))).toBe("invalid");
    expect(await verifyEmail("not a token")).toBe("invalid");
    // Only the hash is stored.
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.emailToken.count({ where: { tokenHash: hashToken(token) } })).toBe(1);

    await signUp("late@example.test");
    const late = await tokenFromMail("late@example.test", "verify-email");
    expect(await verifyEmail(late, new Date(Date.now() + TOKEN_LIFETIME_MS.VERIFY_EMAIL + 1000))).toBe("expired");
    expect((await db.user.findUniqueOrThrow({ where: { email: "late@example.test" } })).emailVerifiedAt).toBeNull();
  });

  it("sends new links on request, the same answer for any address, at most three an hour", async () => {
    await signUp("again@example.test");
    const answers = new Set<string>();
    for (const email of ["again@example.test", "again@example.test", "again@example.test", "nobody@example.test"]) {
      const outcome = await executeAction(resendVerificationDefinition, null, { email });
      expect(outcome.ok).toBe(true);
      if (outcome.state.status === "success") answers.add(outcome.state.message.replace(/\S+@\S+/, "<address>"));
    }
    expect(answers.size).toBe(1);
    // The sign-up's link and two more: the hourly limit.
    expect(await outboxOf("verify-email")).toHaveLength(VERIFICATION_MAILS_PER_HOUR);
  });
});

describe("an unconfirmed account", () => {
  it("cannot apply until its address is confirmed, and is told how to get a link", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const user = await createUser("CANDIDATE", { emailVerifiedAt: null });
    const input = { listingId: listing.id, coverNote: "I ran the event platform of a large payments company for years." };

    const refused = await executeAction(applyDefinition, actorFor(user), input);
    expect(refused).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("Confirm your email address"), action: { href: "/verify-email" } },
    });
    expect(await db.application.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);

    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    expect((await executeAction(applyDefinition, actorFor(user), input)).ok).toBe(true);
  });

  it("cannot post a role", async () => {
    const { company } = await createEmployer();
    const user = await createUser("EMPLOYER", { emailVerifiedAt: null });
    await db.companyMember.create({ data: { companyId: company.id, userId: user.id, role: "RECRUITER" } });
    const refused = await executeAction(submitListingDefinition, actorFor(user, company.id), {});
    // The schema fails first on an empty form; a complete one is refused by the data layer.
    expect(refused.ok).toBe(false);
    const { createListing: create } = await import("@/server/listings/employer");
    await expect(create(actorFor(user, company.id), {} as never)).rejects.toThrow(
      "Confirm your email address before you post a role",
    );
    expect(await db.listing.count()).toBe(0);
  });
});

describe("resetting a password", () => {
  it("answers the same for known and unknown addresses; only the known one gets a link", async () => {
    const user = await createUser("CANDIDATE");
    const known = await executeAction(forgotPasswordDefinition, null, { email: user.email });
    const unknown = await executeAction(forgotPasswordDefinition, null, { email: "ghost@example.test" });
    const words = (o: typeof known) => (o.state.status === "success" ? o.state.message.replace(/\S+@\S+/, "<address>") : "");
    expect(words(known)).toBe(words(unknown));
    expect(words(known)).not.toBe("");
    await deliverDueMail();
    expect(mailSink().received.map((m) => m.envelopeTo)).toEqual([[user.email]]);
  });

  it("sets the password once, confirms the address, ends every other session, and tells the owner", async () => {
    const user = await createUser("CANDIDATE", { emailVerifiedAt: null });
    const [old1, old2] = [await createSessionRow(user.id), await createSessionRow(user.id)];
    const other = await createSessionRow((await createCandidate()).user.id);
    await executeAction(forgotPasswordDefinition, null, { email: user.email });
    const token = await tokenFromMail(user.email, "reset-password");

    const mismatch = await executeAction(resetPasswordDefinition, null, {
      token,
      password: "brand new password",
      confirmPassword: "other",
    });
    expect(mismatch).toMatchObject({ ok: false, state: { fieldErrors: { confirmPassword: ["The two passwords differ."] } } });

    const reset = await executeAction(resetPasswordDefinition, null, {
      token,
      password: "brand new password",
      confirmPassword: "brand new password",
    });
    expect(reset).toMatchObject({ ok: true, redirectTo: "/sign-in?reset=done" });
    expect(await authenticate(user.email, "brand new password")).toMatchObject({ id: user.id });
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
    for (const session of [old1, old2])
      expect(await db.session.count({ where: { id: session.id, ...activeSessionWhere() } })).toBe(0);
    expect(await db.session.count({ where: { id: other.id, ...activeSessionWhere() } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.password-reset", targetId: user.id } })).toBe(1);

    const reused = await executeAction(resetPasswordDefinition, null, {
      token,
      password: "a third password!",
      confirmPassword: "a third password!",
    });
    expect(reused).toMatchObject({ ok: false, state: { message: expect.stringContaining("already used") } });
    expect(await authenticate(user.email, "brand new password")).toMatchObject({ id: user.id });

    await deliverDueMail();
    expect(
      mailSink()
        .to(user.email)
        .map((m) => m.subject),
    ).toEqual(["Choose a new password", "Your password was changed"]);
  });

  it("a link older than 30 minutes, or a forged one, changes nothing", async () => {
    const user = await createUser("CANDIDATE");
    await executeAction(forgotPasswordDefinition, null, { email: user.email });
    const token = await tokenFromMail(user.email, "reset-password");
    await db.emailToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });

    const expired = await executeAction(resetPasswordDefinition, null, {
      token,
      password: "brand new password",
      confirmPassword: "brand new password",
    });
    expect(expired).toMatchObject({ ok: false, state: { message: expect.stringContaining("expired") } });
    const forged = await executeAction(resetPasswordDefinition, null, {
      token: "A".repeat(43),
      password: "brand new password",
      confirmPassword: "brand new password",
    });
    expect(forged).toMatchObject({ ok: false, state: { message: expect.stringContaining("not valid") } });
    const garbage = await executeAction(resetPasswordDefinition, null, {
      token: "x\u0000y",
      password: "brand new password",
      confirmPassword: "brand new password",
    });
    expect(garbage.ok).toBe(false);
    expect(await authenticate(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
  });
});
