import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ValidationError } from "@/lib/errors";
import {
  consumeEmailToken,
  hashToken,
  issueEmailToken,
  retireEmailTokens,
  underHourlyLimit,
} from "@/server/accounts/email-tokens";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { revokeUserSessions } from "@/server/auth/sessions";
import type { Tx } from "@/server/db";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// Changing an account's address (docs/decisions/029-your-data.md). The owner asks with their password; the
// new address gets a link, and only following it moves the account: until then the old address signs in.
// Whether the new address already belongs to someone is never said: a taken address gets the same answer,
// and no mail.

export const EMAIL_CHANGE_MAILS_PER_HOUR = 3;

/** Mail written to an address with no account behind it is still tied to this user (deletion removes it). */
async function tieToUser(tx: Tx, dedupeKey: string, userId: string) {
  await tx.emailOutbox.updateMany({ where: { dedupeKey }, data: { userId } });
}

/** Sends a confirmation link to `newEmail` (already re-authenticated). Returns whether one was written. */
export async function requestEmailChange(actor: Actor, newEmail: string, now = new Date()): Promise<boolean> {
  if (newEmail === actor.email)
    throw new ValidationError("That is already your address.", { newEmail: ["That is already your address."] });
  return withMail(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
    if (taken) return false;
    if (!(await underHourlyLimit(tx, actor.id, "CHANGE_EMAIL", EMAIL_CHANGE_MAILS_PER_HOUR, now))) return false;
    // Only the newest link works: asking again for another address must not leave the first one usable.
    await retireEmailTokens(tx, actor.id, "CHANGE_EMAIL", now);
    const { token, id } = await issueEmailToken(tx, actor.id, "CHANGE_EMAIL", now);
    await tx.emailToken.update({ where: { id }, data: { newEmail } });
    const dedupeKey = `email-change:${id}`;
    await enqueueEmail(tx, { kind: "email-change", to: { address: newEmail }, data: { name: actor.name, token }, dedupeKey });
    await tieToUser(tx, dedupeKey, actor.id);
    return true;
  });
}

export type EmailChangeResult = "changed" | "expired" | "used" | "invalid" | "unavailable";

/**
 * Follows the link: the account moves to the new address, which the link just proved, and every session
 * but `keepSessionId` (the browser following it, when signed in as the same user) ends. The old address
 * is told. An address someone took meanwhile is "unavailable" (the visitor holds that mailbox, so saying
 * so reveals nothing to them they could not learn by signing in).
 */
export async function confirmEmailChange(
  token: string,
  keepSessionId?: string | null,
  now = new Date(),
): Promise<EmailChangeResult> {
  try {
    return await withMail(async (tx) => {
      const state = await consumeEmailToken(tx, token, "CHANGE_EMAIL", now);
      if (state.status !== "valid") return state.status;
      const row = await tx.emailToken.findUniqueOrThrow({
        where: { tokenHash: hashToken(token) },
        select: { newEmail: true, user: { select: { id: true, email: true, name: true, status: true, deletedAt: true } } },
      });
      const { user, newEmail } = row;
      if (!newEmail || user.status !== "ACTIVE" || user.deletedAt) return "invalid";
      if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) return "unavailable";
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail, emailVerifiedAt: now } });
      await retireEmailTokens(tx, user.id, "CHANGE_EMAIL", now);
      const ended = await revokeUserSessions(user.id, { tx, except: keepSessionId ?? undefined, now });
      // No addresses in the audit row: it outlives the account, addresses must not (decision 029).
      await recordAudit(
        tx,
        { id: user.id, email: newEmail },
        {
          action: "user.change-email",
          targetType: "User",
          targetId: user.id,
          metadata: { sessionsEnded: ended },
        },
      );
      const dedupeKey = `email-changed:${user.id}:${now.getTime()}`;
      await enqueueEmail(tx, {
        kind: "email-changed",
        to: { address: user.email },
        data: { name: user.name, newEmail },
        dedupeKey,
      });
      await tieToUser(tx, dedupeKey, user.id);
      return "changed";
    });
  } catch (error) {
    // Taken between the check and the update (the unique index decides).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "unavailable";
    throw error;
  }
}
