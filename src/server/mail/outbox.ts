import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { MAIL_KINDS, isMailKind } from "@/server/mail/kinds";

// The outbox's states and the claim that hands messages to one worker at a time
// (docs/decisions/020-email-outbox.md). A claim commits at once — no transaction stays open while SMTP
// talks, which matters on the embedded database's single connection — and lasts CLAIM_LEASE_MS: a
// worker that dies between claim and send leaves the row SENDING, and the next drain after the lease
// takes it again. Before each send the worker renews its claim, so a slow batch never outlives it.

export const CLAIM_LEASE_MS = 5 * 60 * 1000;
/** Attempts before a message is parked for an admin to look at. */
export const MAX_ATTEMPTS = 5;
/** Wait after the 1st, 2nd, 3rd and 4th failed attempt. */
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

export type ClaimedMessage = {
  id: string;
  kind: string;
  data: Prisma.JsonValue;
  userId: string | null;
  toAddress: string;
  attempts: number;
  claimedAt: Date;
};

/** Takes up to `limit` due messages (and abandoned claims) for this worker. */
export async function claimMessages(limit: number, now: Date = new Date()): Promise<ClaimedMessage[]> {
  const abandonedBefore = new Date(now.getTime() - CLAIM_LEASE_MS);
  return db.$queryRaw<ClaimedMessage[]>`
    UPDATE "EmailOutbox"
       SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1, "lastAttemptAt" = ${now}
     WHERE "id" IN (
           SELECT "id" FROM "EmailOutbox"
            WHERE ("status" = 'PENDING' AND "sendAfter" <= ${now})
               OR ("status" = 'SENDING' AND "claimedAt" <= ${abandonedBefore})
            ORDER BY "sendAfter", "id"
            LIMIT ${limit}
              FOR UPDATE SKIP LOCKED)
 RETURNING "id", "kind", "data", "userId", "toAddress", "attempts", "claimedAt"`;
}

/** Renews this worker's claim right before sending; false when another worker has taken the message since. */
export async function renewClaim(message: ClaimedMessage, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.emailOutbox.updateMany({
    where: { id: message.id, status: "SENDING", claimedAt: message.claimedAt },
    data: { claimedAt: now },
  });
  if (count === 1) message.claimedAt = now;
  return count === 1;
}

/** Removes one-time secrets from the stored data once they have left (the token is only in the mail). */
function withoutSecrets(kind: string, data: Prisma.JsonValue): Prisma.InputJsonValue {
  const secrets: readonly string[] = isMailKind(kind)
    ? ((MAIL_KINDS[kind] as { secrets?: readonly string[] }).secrets ?? [])
    : [];
  if (secrets.length === 0 || !data || typeof data !== "object" || Array.isArray(data)) return data as Prisma.InputJsonValue;
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, secrets.includes(k) ? "(sent)" : v]),
  ) as Prisma.InputJsonValue;
}

export async function markSent(
  message: ClaimedMessage,
  rendered: { subject: string; text: string; html: string },
  keepBodies: boolean,
  now: Date = new Date(),
): Promise<void> {
  const secret = withoutSecrets(message.kind, message.data);
  const hasSecrets = JSON.stringify(secret) !== JSON.stringify(message.data);
  await db.emailOutbox.updateMany({
    where: { id: message.id, status: "SENDING" },
    data: {
      status: "SENT",
      sentAt: now,
      claimedAt: null,
      lastError: null,
      subject: rendered.subject,
      // Bodies are kept for the dev mailbox, and otherwise only when they hold no one-time link.
      textBody: keepBodies || !hasSecrets ? rendered.text : null,
      htmlBody: keepBodies || !hasSecrets ? rendered.html : null,
      data: keepBodies ? (message.data as Prisma.InputJsonValue) : secret,
    },
  });
}

/** A failed attempt: back to PENDING after a growing wait, or PARKED after the last attempt (or at once when permanent). */
export async function markFailed(
  message: ClaimedMessage,
  error: string,
  options: { permanent?: boolean; now?: Date } = {},
): Promise<"retry" | "parked"> {
  const now = options.now ?? new Date();
  const park = options.permanent === true || message.attempts >= MAX_ATTEMPTS;
  const delay = BACKOFF_MS[Math.min(message.attempts, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0]!;
  await db.emailOutbox.updateMany({
    where: { id: message.id, status: "SENDING" },
    data: park
      ? { status: "PARKED", parkedAt: now, claimedAt: null, lastError: error.slice(0, 1000) }
      : { status: "PENDING", sendAfter: new Date(now.getTime() + delay), claimedAt: null, lastError: error.slice(0, 1000) },
  });
  return park ? "parked" : "retry";
}
