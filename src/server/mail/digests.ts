import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { enqueueEmail, kickMailDelivery } from "@/server/mail/enqueue";
import { digestKindFor, type MailData, type MailKind } from "@/server/mail/kinds";

// The daily digest job: everything gathered for a user under one kind since their last digest becomes one
// message, and the items are marked digested in the same transaction, so a rerun sends nothing twice.

const MAX_ITEMS_PER_DIGEST = 200;

export async function sendDailyDigests(now: Date = new Date()): Promise<{ digests: number }> {
  const groups = await db.emailDigestItem.groupBy({ by: ["userId", "kind"], where: { digestedAt: null } });
  let digests = 0;
  for (const { userId, kind } of groups) {
    const digestKind = digestKindFor(kind);
    if (!digestKind) continue;
    const written = await db.$transaction(async (tx) => {
      const items = await tx.emailDigestItem.findMany({
        where: { userId, kind, digestedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: MAX_ITEMS_PER_DIGEST,
        select: { id: true, data: true },
      });
      if (items.length === 0) return false;
      await tx.emailDigestItem.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { digestedAt: now } });
      const outcome = await enqueueEmail(tx, {
        kind: digestKind,
        to: { userId },
        data: { items: items.map((i) => i.data as Prisma.JsonObject) } as MailData<MailKind>,
        dedupeKey: `digest:${kind}:${userId}:${items[items.length - 1]!.id}`,
      });
      return outcome.status === "queued";
    });
    if (written) digests += 1;
  }
  if (digests > 0) await kickMailDelivery();
  return { digests };
}
