import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What makes a listing visible to the public: published, unexpired, and its company not suspended. */
export function liveListingWhere(now = new Date()): Prisma.ListingWhereInput {
  return { status: "PUBLISHED", expiresAt: { gt: now }, company: { status: "ACTIVE" } };
}
