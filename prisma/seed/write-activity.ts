import { DEMO_COMPANY_SLUG } from "./companies";
import { idOf, type IdMap, type SeedClient } from "./client";
import type { ListingSeed } from "./listings";
import { seedId } from "./random";
import { syncRows } from "./sync";
import { APPLICATIONS, REPORTS, SAVED_BY_DEMO_CANDIDATE, USERS } from "./users";

type Refs = { listings: ListingSeed[]; listingIds: string[]; users: IdMap; anchor: Date };

/** The first published listing at or after seed index `from`, so the data files can name listings by position. */
function publishedFrom(listings: ListingSeed[], from: number): number {
  for (let i = 0; i < listings.length; i++) {
    const index = (from + i) % listings.length;
    if (listings[index]!.status === "PUBLISHED") return index;
  }
  throw new Error("The seed has no published listings");
}

/** A moment between a listing's publication and the anchor, `fraction` of the way along. */
function between(start: Date, end: Date, fraction: number): Date {
  return new Date(start.getTime() + Math.floor((end.getTime() - start.getTime()) * fraction));
}

/** Applications, saved listings, open reports and the audit entries for the demo company's reviews. */
export async function writeActivity(client: SeedClient, refs: Refs): Promise<void> {
  const { listings, listingIds, users, anchor } = refs;
  const demoPublished = listings.flatMap((l, i) => (l.companySlug === DEMO_COMPANY_SLUG && l.status === "PUBLISHED" ? [i] : []));
  const adminEmail = USERS.find((u) => u.key === "admin")!.email;

  await client.$transaction(
    async (tx) => {
      const applications = APPLICATIONS.map((application, n) => {
        const index = demoPublished[application.listing];
        if (index === undefined) throw new Error(`The demo company has no published listing #${application.listing}`);
        const createdAt = between(listings[index]!.publishedAt!, anchor, 0.2 + 0.08 * n);
        const withdrawnAt = application.status === "WITHDRAWN" ? between(createdAt, anchor, 0.5) : null;
        // The company answered (moved it on from NEW) a little after it arrived.
        const answered = application.status !== "NEW" && application.status !== "WITHDRAWN";
        const respondedAt = answered ? between(createdAt, anchor, 0.3) : null;
        return {
          id: seedId(`application:${application.candidate}:${listings[index]!.slug}`),
          listingId: listingIds[index]!,
          candidateId: idOf(users, application.candidate, "user"),
          status: application.status,
          coverNote: application.coverNote,
          createdAt,
          updatedAt: withdrawnAt ?? respondedAt ?? createdAt,
          withdrawnAt,
          viewedAt: respondedAt,
          respondedAt,
        };
      });
      await syncRows({
        rows: applications,
        key: (r) => `${r.listingId}:${r.candidateId}`,
        stored: await tx.application.findMany({ where: { listingId: { in: applications.map((a) => a.listingId) } } }),
        insert: (data) => tx.application.createMany({ data, skipDuplicates: true }),
        update: (row, data) =>
          tx.application.update({
            where: { listingId_candidateId: { listingId: row.listingId, candidateId: row.candidateId } },
            data,
          }),
        insertOnly: ["id"],
      });

      // Each application's timeline: sent, then (when it has moved on) one step to where it is now.
      const employerId = idOf(users, "employer", "user");
      await tx.applicationEvent.createMany({
        data: applications.flatMap((a) => [
          {
            id: seedId(`application-event:${a.id}:sent`),
            applicationId: a.id,
            fromStatus: null,
            toStatus: "NEW" as const,
            actorKind: "CANDIDATE" as const,
            actorId: a.candidateId,
            createdAt: a.createdAt,
          },
          ...(a.status === "NEW"
            ? []
            : [
                {
                  id: seedId(`application-event:${a.id}:now`),
                  applicationId: a.id,
                  fromStatus: "NEW" as const,
                  toStatus: a.status,
                  actorKind: a.status === "WITHDRAWN" ? ("CANDIDATE" as const) : ("COMPANY" as const),
                  actorId: a.status === "WITHDRAWN" ? a.candidateId : employerId,
                  createdAt: a.withdrawnAt ?? a.respondedAt ?? a.createdAt,
                },
              ]),
        ]),
        skipDuplicates: true,
      });

      const userId = idOf(users, "candidate", "user");
      await tx.savedListing.createMany({
        data: SAVED_BY_DEMO_CANDIDATE.map((from) => {
          const index = publishedFrom(listings, from);
          return { userId, listingId: listingIds[index]!, createdAt: between(listings[index]!.publishedAt!, anchor, 0.5) };
        }),
        skipDuplicates: true,
      });

      const reports = REPORTS.map((report) => {
        const index = publishedFrom(listings, report.listing);
        return {
          id: seedId(`report:${report.key}`),
          listingId: listingIds[index]!,
          reporterId: report.reporter ? idOf(users, report.reporter, "user") : null,
          reason: report.reason,
          details: report.details,
          status: "OPEN" as const,
          resolution: null,
          resolvedById: null,
          resolvedAt: null,
          createdAt: between(listings[index]!.publishedAt!, anchor, 0.7),
        };
      });
      await syncRows({
        rows: reports,
        key: (r) => r.id,
        stored: await tx.report.findMany({ where: { id: { in: reports.map((r) => r.id) } } }),
        insert: (data) => tx.report.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.report.update({ where: { id: row.id }, data }),
      });

      // The audit log is append-only: add the entries that are missing, never rewrite one.
      const reviewed = listings.flatMap((l, i) => (l.companySlug === DEMO_COMPANY_SLUG && l.reviewedAt ? [i] : []));
      const existing = await tx.auditLog.findMany({
        where: { actorEmail: adminEmail, targetType: "Listing", targetId: { in: reviewed.map((i) => listingIds[i]!) } },
        select: { action: true, targetId: true },
      });
      const seen = new Set(existing.map((e) => `${e.action}:${e.targetId}`));
      const entries = reviewed.flatMap((i) => {
        const listing = listings[i]!;
        const action = listing.status === "REJECTED" ? "listing.reject" : "listing.approve";
        if (seen.has(`${action}:${listingIds[i]}`)) return [];
        return [
          {
            actorId: idOf(users, "admin", "user"),
            actorEmail: adminEmail,
            action,
            targetType: "Listing",
            targetId: listingIds[i]!,
            reason: listing.rejectionReason,
            metadata: { source: "seed" },
            createdAt: listing.reviewedAt!,
          },
        ];
      });
      if (entries.length > 0) await tx.auditLog.createMany({ data: entries });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
