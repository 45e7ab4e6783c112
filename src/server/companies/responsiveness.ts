import "server-only";
import { LOOKBACK_DAYS, summariseResponsiveness, type Responsiveness } from "@/lib/responsiveness";
import type { Actor } from "@/server/auth/session";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { currentMembership } from "@/server/companies/membership";
import { db } from "@/server/db";

// A company's responsiveness (src/lib/responsiveness.ts) from its applications, and when it last
// reviewed any: the later of the last first-opening of an application and the last stage move it made.

const DAY_MS = 24 * 60 * 60 * 1000;

export type CompanyResponsiveness = Responsiveness & { lastActiveAt: Date | null };

async function readResponsiveness(
  where: { companyId: string } | { slug: string },
  now: Date,
): Promise<CompanyResponsiveness | null> {
  const company = await db.company.findFirst({
    where: "slug" in where ? { slug: where.slug, status: "ACTIVE" } : { id: where.companyId },
    select: { id: true },
  });
  if (!company) return null;
  const ofCompany = { listing: { companyId: company.id } };
  const [applications, viewed, moved] = await Promise.all([
    db.application.findMany({
      where: { ...ofCompany, createdAt: { gte: new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS) } },
      select: { createdAt: true, respondedAt: true, status: true },
    }),
    db.application.aggregate({ where: ofCompany, _max: { viewedAt: true } }),
    db.applicationEvent.aggregate({ where: { actorKind: "COMPANY", application: ofCompany }, _max: { createdAt: true } }),
  ]);
  const times = [viewed._max.viewedAt, moved._max.createdAt].filter((d): d is Date => d !== null);
  const lastActiveAt = times.length > 0 ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
  return { ...summariseResponsiveness(applications, now), lastActiveAt };
}

/** The actor's own company's figures, always (the employer sees them before candidates can). */
export async function getOwnResponsiveness(actor: Actor, now = new Date()) {
  const { companyId } = await currentMembership(actor);
  return readResponsiveness({ companyId }, now);
}

const readPublic = cachedFunction(
  async (slug: string) => {
    const figures = await readResponsiveness({ slug }, new Date());
    // Below the minimum nothing is shown: hidden, not faked, and not even "last active".
    return figures?.public ? figures : null;
  },
  ["company-responsiveness-v1"],
  { tags: [LISTINGS_TAG], revalidate: 3600 },
);

/** What candidates see on the company's and its listings' pages; null below the minimum. */
export async function getPublicResponsiveness(slug: string): Promise<CompanyResponsiveness | null> {
  const figures = await readPublic(slug);
  return figures ? { ...figures, lastActiveAt: reviveDate(figures.lastActiveAt) } : null;
}
