import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationFrequency } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue";
import { MAIL_KINDS, mailKind, preferenceKind, type MailData, type MailKind } from "@/server/mail/kinds";

// The one way to send mail: a row in the outbox, written in the caller's transaction so the message exists
// exactly when the event does. The deliver-email job sends it (docs/decisions/020-email-outbox.md).

export type MailRecipient =
  /** A user: their preferences apply, and their address is read in the transaction. */
  | { userId: string }
  /** An address with no account behind it (an invitation): always sent. */
  | { address: string };

export type EmailRequest<K extends MailKind> = {
  kind: K;
  to: MailRecipient;
  data: MailData<K>;
  /**
   * Names the event: a second request with the same key writes nothing, so a retried action or job never
   * sends twice. Build it from the event's identity, e.g. `application-received:<applicationId>`.
   */
  dedupeKey: string;
  /** Send no earlier than this. */
  sendAfter?: Date;
};

export type EnqueueOutcome =
  | { status: "queued" } // a new outbox row
  | { status: "digest" } // gathered for the recipient's daily digest
  | { status: "duplicate" } // the event was already recorded
  | { status: "skipped"; reason: "turned off" | "no such recipient" | "account suspended" };

/** A kind's effective frequency given the user's stored choice for its governing kind (security: always immediate). */
export function resolveFrequency(kind: MailKind, chosen: NotificationFrequency | undefined): NotificationFrequency {
  const choices = mailKind(preferenceKind(kind)).choices;
  if (!choices) return "IMMEDIATE";
  return chosen && choices.includes(chosen) ? chosen : choices[0]!;
}

/** The frequency a user has chosen for a kind, or the kind's default. */
export async function frequencyFor(tx: Tx, userId: string, kind: MailKind): Promise<NotificationFrequency> {
  const chosen = await tx.notificationPreference.findUnique({
    where: { userId_kind: { userId, kind: preferenceKind(kind) } },
    select: { frequency: true },
  });
  return resolveFrequency(kind, chosen?.frequency);
}

/**
 * Records a message for delivery inside `tx`. Validates the data against the kind (a mistake here is a
 * bug, so it throws), applies the recipient's preference (off: nothing; daily: a digest item), and
 * ignores a repeated dedupe key. Call kickMailDelivery() after the transaction commits for prompt sending;
 * the job also runs every minute.
 */
export async function enqueueEmail<K extends MailKind>(tx: Tx, request: EmailRequest<K>): Promise<EnqueueOutcome> {
  const definition = mailKind(request.kind);
  const data = MAIL_KINDS[request.kind].data.parse(request.data) as Prisma.InputJsonValue;

  let userId: string | null = null;
  let address: string;
  if ("userId" in request.to) {
    const user = await tx.user.findUnique({
      where: { id: request.to.userId },
      select: { email: true, status: true, deletedAt: true },
    });
    // A deleted account's row is a tombstone on the .invalid domain: nobody to write to.
    if (!user || user.deletedAt) return { status: "skipped", reason: "no such recipient" };
    // A suspended account still gets security mail (a password reset is how some get back in).
    if (user.status !== "ACTIVE" && definition.category !== "security") return { status: "skipped", reason: "account suspended" };
    userId = request.to.userId;
    address = user.email;
    const frequency = await frequencyFor(tx, userId, request.kind);
    if (frequency === "OFF") return { status: "skipped", reason: "turned off" };
    if (frequency === "DAILY" && definition.category !== "bulk") {
      const { count } = await tx.emailDigestItem.createMany({
        data: [{ userId, kind: request.kind, data, dedupeKey: request.dedupeKey }],
        skipDuplicates: true,
      });
      return count === 1 ? { status: "digest" } : { status: "duplicate" };
    }
  } else {
    address = request.to.address;
  }

  // ON CONFLICT DO NOTHING: a duplicate neither throws nor aborts the caller's transaction.
  const { count } = await tx.emailOutbox.createMany({
    data: [{ kind: request.kind, data, userId, toAddress: address, dedupeKey: request.dedupeKey, sendAfter: request.sendAfter }],
    skipDuplicates: true,
  });
  return count === 1 ? { status: "queued" } : { status: "duplicate" };
}

/**
 * Asks a worker to drain the outbox now. Call it after the transaction that wrote mail commits; it never
 * throws (the every-minute schedule catches up if the queue is unreachable).
 */
export async function kickMailDelivery(): Promise<void> {
  try {
    await enqueueJob("deliver-email");
  } catch (error) {
    console.warn("Could not ask for mail delivery now; the scheduled run will send it.", error);
  }
}

/** Runs `work` in a transaction and asks for delivery once it has committed: for writes that send mail. */
export async function withMail<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
  const result = await db.$transaction(work);
  await kickMailDelivery();
  return result;
}
