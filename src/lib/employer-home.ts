import type { ListingStatus } from "@/generated/prisma/enums";

// How the employer's home page groups the company's listings: what needs them first, then what is live,
// waiting, and finished. Pure, so the grouping is tested without a page.

export const HOME_GROUPS = [
  { key: "attention", title: "Needs your attention", statuses: ["REJECTED", "DRAFT", "EXPIRED"] },
  { key: "live", title: "Live", statuses: ["PUBLISHED"] },
  { key: "review", title: "In review", statuses: ["PENDING_REVIEW"] },
  { key: "closed", title: "Closed", statuses: ["CLOSED"] },
] as const satisfies readonly { key: string; title: string; statuses: readonly ListingStatus[] }[];

/** A published listing this close to its expiry is "expiring soon" (the reminder mail goes three days ahead). */
export const EXPIRING_SOON_DAYS = 7;

type Row = { status: ListingStatus; expiresAt: Date | null };

/** A published listing past its date is already gone for candidates (410), before the expiry job flips it. */
export function effectiveStatus(listing: Row, now: Date): ListingStatus {
  return listing.status === "PUBLISHED" && listing.expiresAt && listing.expiresAt.getTime() <= now.getTime()
    ? "EXPIRED"
    : listing.status;
}

export function groupListings<T extends Row>(listings: readonly T[], now: Date) {
  return HOME_GROUPS.map((group) => ({
    ...group,
    listings: listings.filter((l) => (group.statuses as readonly ListingStatus[]).includes(effectiveStatus(l, now))),
  }));
}

export function countByStatus(listings: readonly Row[], now: Date): Record<ListingStatus, number> {
  const counts: Record<ListingStatus, number> = { DRAFT: 0, PENDING_REVIEW: 0, PUBLISHED: 0, REJECTED: 0, CLOSED: 0, EXPIRED: 0 };
  for (const listing of listings) counts[effectiveStatus(listing, now)] += 1;
  return counts;
}

export function expiringSoon<T extends Row>(listings: readonly T[], now: Date): T[] {
  const horizon = now.getTime() + EXPIRING_SOON_DAYS * 24 * 60 * 60 * 1000;
  return listings
    .filter(
      (l) => l.status === "PUBLISHED" && l.expiresAt && l.expiresAt.getTime() > now.getTime() && l.expiresAt.getTime() <= horizon,
    )
    .sort((a, b) => a.expiresAt!.getTime() - b.expiresAt!.getTime());
}
