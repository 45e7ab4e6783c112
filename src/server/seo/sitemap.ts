import "server-only";
import { db } from "@/server/db";
import { liveListingWhere } from "@/server/listings/visibility";

/** One sitemap file holds at most 50,000 URLs; past that the listings would need a sitemap index. */
const SITEMAP_LISTING_LIMIT = 45_000;

export type SitemapPage = { slug: string; updatedAt: Date };

/** Every live listing (newest first, up to the limit) with when it last changed. */
export async function listSitemapListings(limit = SITEMAP_LISTING_LIMIT): Promise<SitemapPage[]> {
  return db.listing.findMany({
    where: liveListingWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}

export async function listSitemapRoleProfiles(): Promise<SitemapPage[]> {
  return db.roleProfile.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } });
}

/**
 * Active companies with at least one live role: a company page without open roles says little a search
 * engine should send people to, so it stays out until it has some.
 */
export async function listSitemapCompanies(): Promise<SitemapPage[]> {
  return db.company.findMany({
    where: { status: "ACTIVE", listings: { some: liveListingWhere() } },
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true },
  });
}
