import "server-only";
import { EmailNotVerifiedError, RateLimitedError } from "@/lib/errors";
import { consumeEmailToken, issueEmailToken, underHourlyLimit } from "@/server/accounts/email-tokens";
import { db, type Tx } from "@/server/db";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// Confirming that an account's address is its owner's (docs/decisions/021-accounts-by-mail.md). Until
// then the account may browse but not apply or post; the data layer checks it where it matters.

/** Verification mails per address per hour, sign-up included: enough for a lost mail, too few to spam with. */
export const VERIFICATION_MAILS_PER_HOUR = 3;

/** Writes a fresh verification link for the user in `tx`. */
export async function sendVerificationEmail(tx: Tx, user: { id: string; name: string }, now = new Date()): Promise<void> {
  const { token, id } = await issueEmailToken(tx, user.id, "VERIFY_EMAIL", now);
  await enqueueEmail(tx, {
    kind: "verify-email",
    to: { userId: user.id },
    data: { name: user.name, token },
    dedupeKey: `verify-email:${id}`,
  });
}

/**
 * "Send me a new link". For an unverified, active account under its hourly limit, a new link goes out;
 * otherwise nothing happens. Returns whether a mail was written; callers that answer anonymous visitors
 * must not reveal it (the same answer for every address).
 */
export async function resendVerification(email: string, now = new Date()): Promise<boolean> {
  return withMail(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, name: true, status: true, emailVerifiedAt: true },
    });
    if (!user || user.status !== "ACTIVE" || user.emailVerifiedAt) return false;
    if (!(await underHourlyLimit(tx, user.id, "VERIFY_EMAIL", VERIFICATION_MAILS_PER_HOUR, now))) return false;
    await sendVerificationEmail(tx, user, now);
    return true;
  });
}

/** The signed-in owner asks again: they may know their limit is reached. */
export async function resendOwnVerification(userId: string, now = new Date()): Promise<"sent" | "already verified"> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) return "already verified";
  if (!(await resendVerification(user.email, now))) {
    throw new RateLimitedError(
      "We already sent several links in the last hour. Check your inbox and spam folder, or try again later.",
    );
  }
  return "sent";
}

export type VerifyResult = "verified" | "already verified" | "expired" | "invalid";

/** Follows a verification link. A link used before still says "already verified" (mail scanners open links too). */
export async function verifyEmail(token: string, now = new Date()): Promise<VerifyResult> {
  return db.$transaction(async (tx) => {
    const state = await consumeEmailToken(tx, token, "VERIFY_EMAIL", now);
    if (state.status === "invalid") return "invalid";
    const user = await tx.user.findUnique({ where: { id: state.userId! }, select: { emailVerifiedAt: true } });
    if (!user) return "invalid";
    if (user.emailVerifiedAt) return "already verified";
    if (state.status === "used") return "invalid"; // used, yet the address is unconfirmed: cannot happen in one transaction
    if (state.status !== "valid") return "expired";
    await tx.user.update({ where: { id: state.userId! }, data: { emailVerifiedAt: now } });
    return "verified";
  });
}

export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return Boolean(user?.emailVerifiedAt);
}

/** Refuses an unverified account; `what` completes "Confirm your email address before you …". */
export async function assertEmailVerified(tx: Tx, userId: string, what: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) throw new EmailNotVerifiedError(what);
}
