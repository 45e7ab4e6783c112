import "server-only";
import type { EMPLOYER_CLOSE_REASONS } from "@/lib/close-reasons";
import { ACTIVE_STATUSES } from "@/server/applications/lifecycle";
import type { Actor } from "@/server/auth/session";
import { employerCompanyId } from "@/server/listings/employer";
import { changeListings, moveListing, type MovedListing } from "@/server/listings/lifecycle";

// The status changes an employer makes to the company's own listings. Ownership is the lifecycle's
// `scope`, so another company's listing is "not found"; the lifecycle checks the state and audits.

export type EmployerCloseReason = (typeof EMPLOYER_CLOSE_REASONS)[number];

/**
 * Closes the listing and, in the same transaction, tells every candidate whose application is still in
 * progress. Withdrawn, rejected and hired candidates already have their answer.
 */
export async function closeOwnListing(
  actor: Actor,
  listingId: string,
  closeReason: EmployerCloseReason,
): Promise<MovedListing & { notified: number }> {
  const companyId = employerCompanyId(actor);
  return changeListings(async (changes) => {
    const listing = await changes.move("close", { listingId, actor, scope: { companyId }, closeReason });
    const company = await changes.tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { name: true } });
    const applications = await changes.tx.application.findMany({
      where: { listingId, status: { in: [...ACTIVE_STATUSES] } },
      select: { id: true, candidateId: true },
      orderBy: { createdAt: "asc" },
    });
    for (const application of applications) {
      await changes.email({
        kind: "listing-closed",
        to: { userId: application.candidateId },
        data: { applicationId: application.id, listingTitle: listing.title, companyName: company.name },
        dedupeKey: `listing-closed:${application.id}`,
      });
    }
    return { ...listing, notified: applications.length };
  });
}

/** Puts an expired listing back up for another full period. */
export function renewOwnListing(actor: Actor, listingId: string): Promise<MovedListing> {
  const companyId = employerCompanyId(actor);
  return moveListing("renew", { listingId, actor, scope: { companyId } });
}

/** "Still open", from the dashboard: the same move as the reminder's signed link (still-open.ts). */
export function confirmOwnListing(actor: Actor, listingId: string): Promise<MovedListing> {
  const companyId = employerCompanyId(actor);
  return moveListing("confirm", { listingId, actor, scope: { companyId }, metadata: { via: "dashboard" } });
}
