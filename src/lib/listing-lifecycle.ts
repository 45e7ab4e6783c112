// Lifecycle constants shared by moderation, the employer dashboard and the public pages.
export const LISTING_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function expiryFrom(confirmedAt: Date): Date {
  return new Date(confirmedAt.getTime() + LISTING_LIFETIME_DAYS * DAY_MS);
}

/** What a candidate is told about a listing they applied to or saved. */
export type CandidateListingState = "open" | "closed" | "expired";

/** A published listing past its expiry counts as expired even before the expiry job flips its status. */
export function candidateListingState(
  listing: { status: string; expiresAt: Date | null },
  now = new Date(),
): CandidateListingState {
  if (listing.status === "EXPIRED") return "expired";
  if (listing.status !== "PUBLISHED") return "closed";
  return listing.expiresAt && listing.expiresAt > now ? "open" : "expired";
}

export const candidateListingStateLabel: Record<CandidateListingState, string> = {
  open: "Listing open",
  closed: "Listing closed",
  expired: "Listing expired",
};
