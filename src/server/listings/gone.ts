import "server-only";
import type { ListingStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { listNewestPublishedListings, type ListingCardData } from "@/server/listings/public";
import { goneListingWhere } from "@/server/listings/visibility";

export type GoneListing = {
  slug: string;
  title: string;
  companyName: string;
  level: { slug: string; name: string };
  /** Why it ended: closed by the employer, or expired (flipped by the job, or past its date). */
  reason: "closed" | "expired";
  endedAt: Date | null;
};

function ending(row: { status: ListingStatus; closedAt: Date | null; expiredAt: Date | null; expiresAt: Date | null }) {
  if (row.status === "CLOSED") return { reason: "closed" as const, endedAt: row.closedAt };
  return { reason: "expired" as const, endedAt: row.expiredAt ?? row.expiresAt };
}

/** The ended listing behind a 410, with what its page says about it; null when the slug is not gone. */
export async function findGoneListing(slug: string, now: Date = new Date()): Promise<GoneListing | null> {
  const row = await db.listing.findFirst({
    where: { slug, ...goneListingWhere(now) },
    select: {
      slug: true,
      title: true,
      status: true,
      closedAt: true,
      expiredAt: true,
      expiresAt: true,
      company: { select: { name: true } },
      level: { select: { slug: true, name: true } },
    },
  });
  if (!row) return null;
  return { slug: row.slug, title: row.title, companyName: row.company.name, level: row.level, ...ending(row) };
}

/** Live roles to offer instead: the newest at the same level. */
export async function findSimilarLiveListings(levelSlug: string, limit = 3): Promise<ListingCardData[]> {
  return listNewestPublishedListings({ levelSlug, limit });
}
