import "server-only";
import { formatPay } from "@/lib/pay";
import { db } from "@/server/db";
import { enqueueEmail, kickMailDelivery } from "@/server/mail/enqueue";
import { searchListings } from "@/server/search/search";
import { storedSearch } from "./saved-searches";

// Saved-search alerts (the send-search-alerts job, hourly): each saved search whose period has passed since
// its last alert gets one "saved-search-alert" mail listing what was published since then and matches it.
// The mail goes through the outbox, so the candidate's preference for the kind (and its one-click
// unsubscribe, decision 022) decides whether it is sent at all.

const HOUR = 60 * 60 * 1000;
const PERIOD_MS = { DAILY: 24 * HOUR, WEEKLY: 7 * 24 * HOUR } as const;
/** The job runs hourly; a search due a few minutes after a run should not wait a whole extra hour. */
const SLACK_MS = 5 * 60 * 1000;
const MAX_LISTINGS = 20;
const MAX_PER_RUN = 1000;

export async function sendSavedSearchAlerts(now: Date = new Date()): Promise<{ checked: number; sent: number }> {
  const dueBefore = (period: number) => new Date(now.getTime() - period + SLACK_MS);
  const due = await db.savedSearch.findMany({
    where: {
      user: { status: "ACTIVE" },
      OR: (["DAILY", "WEEKLY"] as const).map((frequency) => ({
        alertFrequency: frequency,
        OR: [{ lastAlertedAt: null }, { lastAlertedAt: { lte: dueBefore(PERIOD_MS[frequency]) } }],
      })),
    },
    orderBy: { lastAlertedAt: { sort: "asc", nulls: "first" } },
    take: MAX_PER_RUN,
    select: { id: true, userId: true, name: true, query: true, lastAlertedAt: true, createdAt: true },
  });

  let sent = 0;
  for (const search of due) {
    const since = search.lastAlertedAt ?? search.createdAt;
    const stored = storedSearch(search.query);
    const fresh = stored
      ? (await searchListings({ ...stored.query, sort: "newest", cursor: undefined, limit: 50 }, { now })).items.filter(
          (item) => item.publishedAt !== null && item.publishedAt > since && item.publishedAt <= now,
        )
      : [];
    const applied = fresh.length
      ? new Set(
          (
            await db.application.findMany({
              where: { candidateId: search.userId, listingId: { in: fresh.map((item) => item.id) } },
              select: { listingId: true },
            })
          ).map((a) => a.listingId),
        )
      : new Set<string>();
    const listings = fresh.filter((item) => !applied.has(item.id)).slice(0, MAX_LISTINGS);

    sent += await db.$transaction(async (tx) => {
      // The previous value is in the `where`: of two overlapping runs only one moves the window and mails.
      const { count } = await tx.savedSearch.updateMany({
        where: { id: search.id, lastAlertedAt: search.lastAlertedAt },
        data: { lastAlertedAt: now },
      });
      if (count === 0 || listings.length === 0) return 0;
      const outcome = await enqueueEmail(tx, {
        kind: "saved-search-alert",
        to: { userId: search.userId },
        data: {
          searchName: search.name,
          searchPath: stored!.params ? `/jobs?${stored!.params}` : "/jobs",
          listings: listings.map((item) => ({
            title: item.title,
            companyName: item.company.name,
            slug: item.slug,
            pay: formatPay(item),
          })),
        },
        dedupeKey: `saved-search-alert:${search.id}:${now.getTime()}`,
      });
      return outcome.status === "queued" ? 1 : 0;
    });
  }
  if (sent > 0) await kickMailDelivery();
  return { checked: due.length, sent };
}
