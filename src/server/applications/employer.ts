import "server-only";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { employerCompanyId } from "@/server/listings/employer";

/**
 * Applications to one of the actor's company's listings, newest first. The listing is read with the
 * company in its `where`, so another company's listing gives null ("not found"), never an empty list.
 */
export async function listApplicationsForOwnListing(actor: Actor, listingId: string) {
  const companyId = employerCompanyId(actor);
  const listing = await db.listing.findFirst({
    where: { id: listingId, companyId },
    select: {
      applications: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          coverNote: true,
          createdAt: true,
          cvDocumentId: true,
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
