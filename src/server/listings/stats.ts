import "server-only";
import { buildListingStats, lastDays, type ListingStats } from "@/lib/listing-stats";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { employerCompanyId } from "@/server/listings/employer";

// Prisma keeps instants as UTC in columns without a time zone, so a column's ::date is its UTC day.

/**
 * Views, applications, apply rate and time to first application of one of the actor's company's
 * listings; null for another company's listing or a made-up id (the page's 404). Days are UTC days.
 */
export async function getOwnListingStats(actor: Actor, listingId: string, now = new Date()): Promise<ListingStats | null> {
  const companyId = employerCompanyId(actor);
  const listing = await db.listing.findFirst({ where: { id: listingId, companyId }, select: { id: true, publishedAt: true } });
  if (!listing) return null;
  const from = lastDays(now)[0]!;
  const [viewDays, viewTotal, applicationDays, applicationTotal] = await Promise.all([
    db.listingViewDay.findMany({
      where: { listingId: listing.id, day: { gte: new Date(`${from}T00:00:00Z`) } },
      select: { day: true, views: true },
    }),
    db.listingViewDay.aggregate({ where: { listingId: listing.id }, _sum: { views: true } }),
    db.$queryRaw<{ day: string; applications: number }[]>`
      SELECT to_char("createdAt"::date, 'YYYY-MM-DD') AS day, count(*)::int AS applications
      FROM "Application"
      WHERE "listingId" = ${listing.id} AND "createdAt" >= ${from}::date
      GROUP BY 1`,
    db.application.aggregate({ where: { listingId: listing.id }, _count: { _all: true }, _min: { createdAt: true } }),
  ]);
  return buildListingStats({
    now,
    viewDays: viewDays.map((d) => ({ day: d.day.toISOString().slice(0, 10), views: d.views })),
    applicationDays,
    totalViews: viewTotal._sum.views ?? 0,
    totalApplications: applicationTotal._count._all,
    publishedAt: listing.publishedAt,
    firstApplicationAt: applicationTotal._min.createdAt,
  });
}
