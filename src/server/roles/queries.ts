import "server-only";
import { cache } from "react";
import { bandKey } from "@/lib/salary-bands";
import { db } from "@/server/db";
import { liveListingWhere } from "@/server/listings/visibility";
import { readBandsByKey } from "@/server/salaries/read";

/** Role profiles for the index page. */
export async function listRoleProfiles() {
  return db.roleProfile.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, summary: true } });
}

/**
 * Everything the role profile page shows: the profile with its ordered rows, the seniority ladder
 * with how many live listings each level has, and the industries that hire. Null for an unknown slug.
 */
export const getRoleProfile = cache(async (slug: string) => {
  const profile = await db.roleProfile.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      summary: true,
      whereItFits: true,
      remoteWork: true,
      howToGetHired: true,
      updatedAt: true,
      responsibilities: { orderBy: { position: "asc" }, select: { title: true, body: true } },
      interviewTopics: { orderBy: { position: "asc" }, select: { title: true, body: true } },
      faqs: { orderBy: { position: "asc" }, select: { question: true, answer: true } },
      skills: {
        orderBy: [{ essential: "desc" }, { skill: { name: "asc" } }],
        select: { essential: true, skill: { select: { slug: true, name: true, category: true } } },
      },
    },
  });
  if (!profile) return null;

  const [levels, industries] = await Promise.all([
    db.seniorityLevel.findMany({
      orderBy: { rank: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        rank: true,
        typicalYearsMin: true,
        typicalYearsMax: true,
        scope: true,
        changeFromBelow: true,
        _count: { select: { listings: { where: liveListingWhere() } } },
      },
    }),
    db.industry.findMany({
      orderBy: [{ payPremium: "desc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, whatItValues: true, payPremium: true },
    }),
  ]);
  // Each level's and industry's salary band: one read of the precomputed table (docs/decisions/006).
  const bands = await readBandsByKey([
    ...levels.map((l) => bandKey.level(l.id)),
    ...industries.map((i) => bandKey.industry(i.id)),
  ]);

  return {
    ...profile,
    skills: profile.skills.map((s) => ({ ...s.skill, essential: s.essential })),
    levels: levels.map(({ _count, id, ...level }) => ({
      ...level,
      liveListings: _count.listings,
      band: bands.get(bandKey.level(id)) ?? null,
    })),
    industries: industries.map(({ id, ...industry }) => ({ ...industry, band: bands.get(bandKey.industry(id)) ?? null })),
  };
});

export type RoleProfileView = NonNullable<Awaited<ReturnType<typeof getRoleProfile>>>;
