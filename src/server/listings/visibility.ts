import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What makes a listing visible to the public: published, unexpired, and its company not suspended. */
export function liveListingWhere(now = new Date()): Prisma.ListingWhereInput {
  return { status: "PUBLISHED", expiresAt: { gt: now }, company: { status: "ACTIVE" } };
}

/**
 * Listings whose public URL answers 410 Gone: public once (published), now closed, expired or past their
 * expiry, and their company not suspended. The pure twin is publicAvailability (src/lib/listing-availability.ts).
 */
export function goneListingWhere(now = new Date()): Prisma.ListingWhereInput {
  return {
    publishedAt: { not: null },
    company: { status: "ACTIVE" },
    OR: [{ status: { in: ["CLOSED", "EXPIRED"] } }, { status: "PUBLISHED", expiresAt: { lte: now } }],
  };
}
