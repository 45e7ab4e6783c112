import "server-only";
import { cache } from "react";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { db } from "@/server/db";
import { cardSelect } from "@/server/listings/public";
import { liveListingWhere } from "@/server/listings/visibility";

// A company's public page: its profile and open roles, for every visitor alike. A suspended company has
// no page (404), exactly like a slug that never existed; its listings are already hidden everywhere.

const findActiveBySlug = cachedFunction(
  async (slug: string) =>
    db.company.findFirst({
      where: { slug, status: "ACTIVE" },
      select: {
        id: true,
        slug: true,
        name: true,
        logoVersion: true,
        website: true,
        size: true,
        headquarters: true,
        remoteModel: true,
        meetingStyle: true,
        coreOverlapHours: true,
        offsitesPerYear: true,
        remotePolicy: true,
        benefits: true,
        description: true,
        verifiedDomain: true,
        updatedAt: true,
        industry: { select: { slug: true, name: true } },
        techStack: { select: { skill: { select: { slug: true, name: true } } }, orderBy: { skill: { name: "asc" } } },
        listings: {
          where: liveListingWhere(),
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: 100,
          select: { ...cardSelect, expiresAt: true },
        },
      },
    }),
  ["company-page-v4"],
  // Listing changes expire LISTINGS_TAG already; a company's own edits expire it too (its card is on them).
  { tags: [LISTINGS_TAG], revalidate: 300 },
);

/** The active company with this slug and its live roles, or null. Once per request. */
export const findPublicCompany = cache(async (slug: string) => {
  const found = await findActiveBySlug(slug);
  if (!found) return null;
  const now = Date.now();
  return {
    ...found,
    updatedAt: reviveDate(found.updatedAt)!,
    techStack: found.techStack.map((s) => s.skill),
    // Expiry is time, not an event: checked again on every read of the cached rows.
    listings: found.listings
      .map((l) => ({
        ...l,
        publishedAt: reviveDate(l.publishedAt),
        confirmedAt: reviveDate(l.confirmedAt),
        expiresAt: reviveDate(l.expiresAt),
      }))
      .filter((l) => !l.expiresAt || l.expiresAt.getTime() > now),
  };
});
