import type { AccountStatus, ListingStatus } from "@/generated/prisma/enums";

// What a listing's public URL answers. Live listings render (200). Listings that were public and have
// ended — closed by the employer, expired, or past their expiry before the expiry job flips them — are
// gone (410, with a page pointing to live roles). Everything else — unknown, draft, in review, rejected,
// or a suspended company's — is missing (404), so nothing about unpublished work leaks.
// The same rules, as SQL, are liveListingWhere and goneListingWhere (src/server/listings/visibility.ts).

export type PublicAvailability = "live" | "gone" | "missing";

export type AvailabilityFacts = {
  status: ListingStatus;
  publishedAt: Date | null;
  expiresAt: Date | null;
  companyStatus: AccountStatus;
};

export function publicAvailability(listing: AvailabilityFacts | null, now: Date = new Date()): PublicAvailability {
  if (!listing || listing.companyStatus !== "ACTIVE") return "missing";
  if (listing.status === "PUBLISHED") {
    if (!listing.expiresAt) return "missing";
    if (listing.expiresAt > now) return "live";
  } else if (listing.status !== "CLOSED" && listing.status !== "EXPIRED") {
    return "missing";
  }
  return listing.publishedAt ? "gone" : "missing";
}
