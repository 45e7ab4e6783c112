import "server-only";
import { db } from "@/server/db";
import { enqueueEmail, kickMailDelivery } from "@/server/mail/enqueue";
import { companyMemberIds } from "@/server/mail/recipients";

// Ontario requires employers to tell interviewed applicants the outcome within 45 days (see
// ../shared/docs/pay-transparency.md); every candidate deserves the same. Once a day, each applicant still
// in Interview 35 days after they entered it is named to the company's team, leaving ten days to answer.
// The dedupe key names the move into Interview, so each interview is announced once, and an applicant
// moved back into Interview later is announced again 35 days after that.

const DAY = 24 * 60 * 60 * 1000;
export const INTERVIEW_OUTCOME_REMINDER_MS = 35 * DAY;
const MAX_PER_RUN = 500;

export async function remindInterviewOutcomes(now: Date = new Date()): Promise<{ reminded: number }> {
  const cutoff = new Date(now.getTime() - INTERVIEW_OUTCOME_REMINDER_MS);
  const waiting = await db.application.findMany({
    where: {
      status: "INTERVIEW",
      listing: { company: { status: "ACTIVE" } },
      events: { some: { toStatus: "INTERVIEW", createdAt: { lte: cutoff } } },
    },
    orderBy: { createdAt: "asc" },
    take: MAX_PER_RUN,
    select: {
      id: true,
      candidate: { select: { name: true } },
      listing: { select: { title: true, companyId: true } },
      // The latest move into Interview: an earlier interview round does not count for this one.
      events: {
        where: { toStatus: "INTERVIEW" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, createdAt: true },
      },
    },
  });
  let reminded = 0;
  // One short transaction per application: a long run never holds one open, and a failure costs one.
  for (const application of waiting) {
    const interview = application.events[0];
    if (!interview || interview.createdAt > cutoff) continue;
    reminded += await db.$transaction(async (tx) => {
      let queued = 0;
      for (const userId of await companyMemberIds(tx, application.listing.companyId)) {
        const outcome = await enqueueEmail(tx, {
          kind: "interview-outcome-due",
          to: { userId },
          data: {
            applicationId: application.id,
            listingTitle: application.listing.title,
            candidateName: application.candidate.name,
            interviewedAt: interview.createdAt.toISOString(),
          },
          dedupeKey: `interview-outcome-due:${interview.id}:${userId}`,
        });
        if (outcome.status === "queued") queued += 1;
      }
      return queued;
    });
  }
  if (reminded > 0) await kickMailDelivery();
  return { reminded };
}
