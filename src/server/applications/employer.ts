import "server-only";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { employerCompanyId } from "@/server/listings/employer";

/**
 * Applications to one of the actor's company's listings, newest first, optionally in one stage: the rows of
 * the pipeline table (each cover note is on the applicant's own page). The listing
 * is read with the company in its `where`, so another company's listing gives null ("not found"), never an
 * empty list.
 */
export async function listApplicationsForOwnListing(actor: Actor, listingId: string, stage?: ApplicationStatus) {
  const companyId = employerCompanyId(actor);
  const listing = await db.listing.findFirst({
    where: { id: listingId, companyId },
    select: {
      applications: {
        where: stage ? { status: stage } : {},
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          createdAt: true,
          cvDocumentId: true,
          viewedAt: true,
          rating: true,
          candidate: { select: { name: true, email: true, deletedAt: true } },
        },
      },
    },
  });
  if (!listing) return null;
  return listing.applications.map(({ candidate, ...application }) => ({
    ...application,
    candidateName: candidate.name,
    // A deleted account's tombstone address is no way to reach anyone (docs/decisions/029-your-data.md).
    candidateEmail: candidate.deletedAt ? null : candidate.email,
  }));
}

/** How many applications an own listing has in each stage (stages with none are absent). */
export async function countApplicationsByStage(actor: Actor, listingId: string) {
  const companyId = employerCompanyId(actor);
  const rows = await db.application.groupBy({
    by: ["status"],
    where: { listingId, listing: { companyId } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.status, r._count._all]));
}
