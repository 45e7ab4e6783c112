import "server-only";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// Each admin's morning summary: how many listings wait for review, the oldest one, and open reports.
// One per admin per UTC day (the dedupe key names the day), so a rerun of the job sends nothing twice.

export async function sendAdminDailySummaries(now: Date = new Date()): Promise<{ summaries: number }> {
  return withMail(async (tx) => {
    const [pendingCount, oldest, openReports, admins] = await Promise.all([
      tx.listing.count({ where: { status: "PENDING_REVIEW" } }),
      tx.listing.findFirst({
        where: { status: "PENDING_REVIEW" },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { title: true, submittedAt: true, createdAt: true },
      }),
      tx.report.count({ where: { status: "OPEN" } }),
      tx.user.findMany({ where: { role: "ADMIN", status: "ACTIVE" }, select: { id: true } }),
    ]);
    const day = now.toISOString().slice(0, 10);
    let summaries = 0;
    for (const admin of admins) {
      const outcome = await enqueueEmail(tx, {
        kind: "admin-daily-summary",
        to: { userId: admin.id },
        data: {
          pendingCount,
          oldestPending: oldest
            ? { title: oldest.title, submittedAt: (oldest.submittedAt ?? oldest.createdAt).toISOString() }
            : null,
          openReports,
        },
        dedupeKey: `admin-daily-summary:${admin.id}:${day}`,
      });
      if (outcome.status === "queued") summaries += 1;
    }
    return { summaries };
  });
}
