import "server-only";
import { ValidationError } from "@/lib/errors";
import { consumeEmailToken, issueEmailToken, retireEmailTokens, underHourlyLimit } from "@/server/accounts/email-tokens";
import { recordAudit } from "@/server/audit/record";
import { hashPassword } from "@/server/auth/password";
import { revokeUserSessions } from "@/server/auth/sessions";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// "Forgot your password?" (docs/decisions/021-accounts-by-mail.md): a single-use link valid for 30 minutes;
// using it sets the new password, confirms the address (the link proved it), ends every other session
// and tells the owner — all in one transaction.

export const RESET_MAILS_PER_HOUR = 3;

/**
 * Sends a reset link to an active account under its hourly limit; otherwise does nothing. The caller
 * answers the same either way, so the form reveals nothing about which addresses have accounts.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<boolean> {
  return withMail(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, status: true } });
    if (!user || user.status !== "ACTIVE") return false;
    if (!(await underHourlyLimit(tx, user.id, "RESET_PASSWORD", RESET_MAILS_PER_HOUR, now))) return false;
    const { token, id } = await issueEmailToken(tx, user.id, "RESET_PASSWORD", now);
    await enqueueEmail(tx, {
      kind: "password-reset",
      to: { userId: user.id },
      data: { name: user.name, token },
      dedupeKey: `password-reset:${id}`,
    });
    return true;
  });
}

const REFUSALS = {
  expired: "This link has expired: reset links work for 30 minutes. Ask for a new one.",
  used: "This link was already used. If you need another new password, ask for a new link.",
  invalid: "This link is not valid. Ask for a new one.",
} as const;

/**
 * Sets a new password through a reset link. `keepSessionId` is the browser doing it, when it is signed in
 * as the same user: every other session ends.
 */
export async function resetPassword(input: { token: string; password: string }, keepSessionId?: string | null, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  return withMail(async (tx) => {
    const state = await consumeEmailToken(tx, input.token, "RESET_PASSWORD", now);
    if (state.status !== "valid") throw new ValidationError(REFUSALS[state.status]);
    const userId = state.userId;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, emailVerifiedAt: true },
    });
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now } });
    await retireEmailTokens(tx, userId, "RESET_PASSWORD", now);
    const ended = await revokeUserSessions(userId, { tx, except: keepSessionId ?? undefined, now });
    await recordAudit(
      tx,
      { id: userId, email: user.email },
      {
        action: "user.password-reset",
        targetType: "User",
        targetId: userId,
        metadata: { sessionsEnded: ended },
      },
    );
    await enqueueEmail(tx, {
      kind: "password-changed",
      to: { userId },
      data: { name: user.name },
      dedupeKey: `password-changed:${userId}:${now.getTime()}`,
    });
    return { email: user.email };
  });
}
