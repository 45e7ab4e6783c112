import "server-only";
import { cachedFunction } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { db } from "@/server/db";
import { liveListingWhere } from "@/server/listings/visibility";

// The range midpoints of live listings by level, for the histograms on /salaries. Unlike the bands
// (a 12-month window, precomputed), these are what is open now: one grouped read, many listings share
// a range, cached with the listings and expired with them.

/** Level slug → each live listing's midpoint of its annual-USD range, ascending. */
export type LevelMidpoints = Record<string, number[]>;

async function read(): Promise<LevelMidpoints> {
  const [groups, levels] = await Promise.all([
    db.listing.groupBy({
      by: ["levelId", "annualUsdMin", "annualUsdMax"],
      where: liveListingWhere(),
      _count: { _all: true },
    }),
    db.seniorityLevel.findMany({ select: { id: true, slug: true } }),
  ]);
  const slugs = new Map(levels.map((l) => [l.id, l.slug]));
  const out: LevelMidpoints = {};
  for (const g of groups) {
    const slug = slugs.get(g.levelId);
    if (!slug) continue;
    const mid = (g.annualUsdMin + g.annualUsdMax) / 2;
    (out[slug] ??= []).push(...Array.from({ length: g._count._all }, () => mid));
  }
  for (const values of Object.values(out)) values.sort((a, b) => a - b);
  return out;
}

export const readLevelMidpoints = cachedFunction(read, ["level-midpoints-v1"], { tags: [LISTINGS_TAG], revalidate: 300 });
