import "server-only";
import { skillCategoryLabel, skillCategoryOrder } from "@/lib/labels";
import { SUPPORTED_CURRENCIES } from "@/lib/pay";
import { db } from "@/server/db";

/** The controlled vocabularies the posting form offers, read from the database. */
export async function listingFormOptions() {
  const [levels, regions, skills] = await Promise.all([
    db.seniorityLevel.findMany({ orderBy: { rank: "asc" }, select: { id: true, name: true } }),
    db.region.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, countries: true } }),
    db.skill.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, category: true } }),
  ]);
  const skillGroups = skillCategoryOrder
    .map((category) => ({
      category,
      label: skillCategoryLabel[category],
      skills: skills.filter((s) => s.category === category).map(({ id, name }) => ({ id, name })),
    }))
    .filter((group) => group.skills.length > 0);
  return { levels, regions, skillGroups, currencies: [...SUPPORTED_CURRENCIES], today: new Date().toISOString().slice(0, 10) };
}

export type ListingFormOptions = Awaited<ReturnType<typeof listingFormOptions>>;
