import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ReportReason } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { ReportResolution } from "@/lib/schemas/moderation";
import { recordAudit } from "@/server/audit/record";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { changeListings, type ListingChanges, type MovedListing } from "@/server/listings/lifecycle";
import { companyMemberIds } from "@/server/mail/recipients";
import { liveListingWhere } from "@/server/listings/visibility";
import { assertAdmin } from "@/server/moderation/admin-guard";
import { suspendCompanyIn } from "@/server/moderation/suspensions";

// Reports about listings (docs/decisions/027-moderation.md): anyone signed in files one; moderators settle
// all open reports of a listing at once, with one decision, in the transaction that carries it out.

/** Ten reports an hour per account: enough for an honest visitor, too few to flood the queue. */
export const REPORT_LIMIT = { count: 10, windowMs: 60 * 60 * 1000 };

export type FileReportInput = { listingId: string; reason: ReportReason; details?: string };
export type FiledReport = { id: string; alreadyReported: boolean };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Files a report about a live listing. A second report while the first is still open is not an error —
 * a double submit, or a second thought — it answers that the listing is already reported and adds nothing.
 */
export async function fileReport(actor: Actor, input: FileReportInput): Promise<FiledReport> {
  const listing = await db.listing.findFirst({ where: { id: input.listingId, ...liveListingWhere() }, select: { id: true } });
  if (!listing) throw new NotFoundError("That listing is no longer on the board.");
  const open = await db.report.findFirst({
    where: { listingId: listing.id, reporterId: actor.id, status: "OPEN" },
    select: { id: true },
  });
  if (open) return { id: open.id, alreadyReported: true };

  await consumeRateLimit(`report:${actor.id}`, REPORT_LIMIT.count, REPORT_LIMIT.windowMs);
  try {
    const report = await db.report.create({
      data: { listingId: listing.id, reporterId: actor.id, reason: input.reason, details: input.details ?? null },
      select: { id: true },
    });
    return { id: report.id, alreadyReported: false };
  } catch (error) {
    // Two submits racing past the check above: the partial unique index lets one through.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.report.findFirstOrThrow({
      where: { listingId: listing.id, reporterId: actor.id, status: "OPEN" },
      select: { id: true },
    });
    return { id: existing.id, alreadyReported: true };
  }
}

/** The queue: every listing with open reports, most reported first, with counts per reason. */
export async function listReportQueue(actor: Actor) {
  assertAdmin(actor);
  const reports = await db.report.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 2000,
    select: {
      id: true,
      listingId: true,
      reason: true,
      details: true,
      createdAt: true,
      reporter: { select: { email: true } },
    },
  });
  const listingIds = [...new Set(reports.map((r) => r.listingId))];
  const listings = await db.listing.findMany({
    where: { id: { in: listingIds } },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      expiresAt: true,
      company: { select: { id: true, name: true, status: true } },
    },
  });
  const byId = new Map(listings.map((l) => [l.id, l]));
  const groups = listingIds.flatMap((listingId) => {
    const listing = byId.get(listingId);
    if (!listing) return [];
    const mine = reports.filter((r) => r.listingId === listingId);
    const reasons = new Map<ReportReason, number>();
    for (const report of mine) reasons.set(report.reason, (reasons.get(report.reason) ?? 0) + 1);
    return [
      {
        listing,
        count: mine.length,
        firstReportedAt: mine[0]!.createdAt,
        reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
        reports: mine.map((r) => ({
          id: r.id,
          reason: r.reason,
          details: r.details,
          createdAt: r.createdAt,
          reporterEmail: r.reporter?.email ?? null,
        })),
      },
    ];
  });
  return groups.sort((a, b) => b.count - a.count || a.firstReportedAt.getTime() - b.firstReportedAt.getTime());
}

export async function countOpenReports(): Promise<number> {
  return db.report.count({ where: { status: "OPEN" } });
}

const RESOLUTION_STATUS = {
  dismiss: "DISMISSED",
  "return-to-review": "RESOLVED",
  unpublish: "RESOLVED",
  "suspend-company": "RESOLVED",
} as const;

export type ResolvedReports = { listingId: string; resolved: number; resolution: ReportResolution };

/** The company's team hears what the moderator did and why (each member's preference for this kind applies). */
async function tellEmployer(
  changes: ListingChanges,
  listing: MovedListing,
  action: "returned-to-review" | "unpublished",
  note?: string,
) {
  for (const userId of await companyMemberIds(changes.tx, listing.companyId)) {
    await changes.email({
      kind: "listing-moderated",
      to: { userId },
      data: { listingId: listing.id, listingTitle: listing.title, action, note: note ?? "" },
      dedupeKey: `listing-moderated:${listing.id}:${changes.now.getTime()}:${userId}`,
    });
  }
}

async function carryOut(changes: ListingChanges, actor: Actor, listingId: string, resolution: ReportResolution, note?: string) {
  if (resolution === "return-to-review") {
    const listing = await changes.move("returnToReview", { listingId, actor, reason: note });
    await tellEmployer(changes, listing, "returned-to-review", note);
  }
  if (resolution === "unpublish") {
    const listing = await changes.move("close", { listingId, actor, reason: note, closeReason: "REMOVED_BY_MODERATOR" });
    await tellEmployer(changes, listing, "unpublished", note);
  }
  if (resolution === "suspend-company") {
    const listing = await changes.tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: { companyId: true } });
    await suspendCompanyIn(changes, actor, listing.companyId, note!);
  }
}

/**
 * Settles every open report of one listing with one decision, carried out (a lifecycle move, or the
 * company's suspension), audited, and each reporter told — all in one transaction. A decision that
 * cannot be carried out (the listing was already closed) changes no report.
 */
export async function resolveReports(
  actor: Actor,
  input: { listingId: string; resolution: ReportResolution; note?: string },
): Promise<ResolvedReports> {
  assertAdmin(actor);
  return changeListings(async (changes) => {
    const listing = await changes.tx.listing.findUnique({ where: { id: input.listingId }, select: { id: true, title: true } });
    if (!listing) throw new NotFoundError("That listing does not exist.");
    const open = await changes.tx.report.findMany({
      where: { listingId: listing.id, status: "OPEN" },
      select: { id: true, reporterId: true },
    });
    if (open.length === 0) throw new ConflictError("This listing has no open reports; someone may have resolved them already.");

    await carryOut(changes, actor, listing.id, input.resolution, input.note);

    const status = RESOLUTION_STATUS[input.resolution];
    const { count } = await changes.tx.report.updateMany({
      where: { id: { in: open.map((r) => r.id) }, status: "OPEN" },
      data: { status, resolution: input.resolution, resolvedById: actor.id, resolvedAt: changes.now },
    });
    if (count !== open.length) throw new ConflictError("These reports changed while you were deciding; look again.");
    await recordAudit(changes.tx, actor, {
      action: "report.resolve",
      targetType: "Listing",
      targetId: listing.id,
      reason: input.note,
      metadata: { resolution: input.resolution, reports: count },
    });
    for (const report of open) {
      if (!report.reporterId) continue;
      await changes.email({
        kind: "report-outcome",
        to: { userId: report.reporterId },
        data: { listingTitle: listing.title, outcome: status },
        dedupeKey: `report-outcome:${report.id}`,
      });
    }
    return { listingId: listing.id, resolved: count, resolution: input.resolution };
  });
}
