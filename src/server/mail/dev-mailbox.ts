import "server-only";
import { NotFoundError } from "@/lib/errors";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";
import { MAIL_KIND_NAMES, type MailData } from "@/server/mail/kinds";
import { MAIL_SAMPLES } from "@/server/mail/samples";

// The development mailbox: with no SMTP_URL in development, "sending" keeps the message on its outbox
// row, and /dev/mailbox shows them. Production builds have no mailbox at all (every entry point 404s).

export function devMailboxEnabled(): boolean {
  return env.NODE_ENV !== "production";
}

function assertDevelopment() {
  if (!devMailboxEnabled()) throw new NotFoundError();
}

export const PREVIEW_ADDRESS = "preview@backplane.local";

export async function listMailbox(filter: { to?: string }) {
  assertDevelopment();
  return db.emailOutbox.findMany({
    where: filter.to ? { toAddress: { contains: filter.to.toLowerCase() } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      toAddress: true,
      subject: true,
      status: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
    },
  });
}

export async function getMailboxMessage(id: string) {
  assertDevelopment();
  return db.emailOutbox.findUnique({ where: { id } });
}

/** One message of every kind, with sample data, to the preview address: shown in the mailbox once sent. */
export async function sendPreviews(): Promise<number> {
  assertDevelopment();
  const stamp = Date.now();
  await withMail(async (tx) => {
    for (const kind of MAIL_KIND_NAMES) {
      await enqueueEmail(tx, {
        kind,
        to: { address: PREVIEW_ADDRESS },
        data: MAIL_SAMPLES[kind] as MailData<typeof kind>,
        dedupeKey: `preview:${kind}:${stamp}`,
      });
    }
  });
  return MAIL_KIND_NAMES.length;
}
