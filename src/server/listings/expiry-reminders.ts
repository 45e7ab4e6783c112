import "server-only";
import { db } from "@/server/db";
import { enqueueEmail, kickMailDelivery } from "@/server/mail/enqueue";
import { companyMemberIds } from "@/server/mail/recipients";
import { signLink } from "@/server/mail/signed-links";

// Three days before a published listing expires, its team gets a "still open?" mail with a signed link
// that confirms exactly that listing (src/app/(public)/still-open). The job runs hourly; the dedupe key
// names the expiry date, so each expiry is announced once, and a confirmed listing (new date) is announced
// again three days before its new date.

const DAY = 24 * 60 * 60 * 1000;
export const REMINDER_LEAD_MS = 3 * DAY;
const MAX_PER_RUN = 500;

/** The token in a "still open" link: this listing, this recipient, this expiry date. */
export function stillOpenToken(listingId: string, userId: string, expiresAt: Date): string {
  return signLink("listing-confirm", [listingId, userId, String(expiresAt.getTime())]);
}

export async function remindExpiringListings(now: Date = new Date()): Promise<{ reminded: number }> {
  const due = await db.listing.findMany({
    where: { status: "PUBLISHED", expiresAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) } },
    orderBy: { expiresAt: "asc" },
    take: MAX_PER_RUN,
    select: { id: true, title: true, companyId: true, expiresAt: true },
  });
  let reminded = 0;
  // One short transaction per listing: a long run never holds one open, and a failure costs one listing.
  for (const listing of due) {
    const expiresAt = listing.expiresAt!;
    reminded += await db.$transaction(async (tx) => {
      let queued = 0;
      for (const userId of await companyMemberIds(tx, listing.companyId)) {
        const outcome = await enqueueEmail(tx, {
          kind: "listing-expiring",
          to: { userId },
          data: {
            listingId: listing.id,
            listingTitle: listing.title,
            expiresAt: expiresAt.toISOString(),
            confirmToken: stillOpenToken(listing.id, userId, expiresAt),
          },
          dedupeKey: `listing-expiring:${listing.id}:${expiresAt.getTime()}:${userId}`,
        });
        if (outcome.status === "queued") queued += 1;
      }
      return queued;
    });
  }
  if (reminded > 0) await kickMailDelivery();
  return { reminded };
}
