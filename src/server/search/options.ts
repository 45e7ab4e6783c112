import "server-only";
import { cachedFunction } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { readDb } from "@/server/db-read";

// The vocabulary the search form offers (levels, skills, industries) and the regions eligibility
// reads. Small tables that change with a deploy or a seed, cached across requests.

export type SearchVocabulary = {
  levels: { slug: string; name: string }[];
  skills: { slug: string; name: string }[];
  industries: { slug: string; name: string }[];
  regions: { code: string; name: string; countries: string[] }[];
};

export const getSearchVocabulary = cachedFunction(
  async (): Promise<SearchVocabulary> => {
    const [levels, skills, industries, regions] = await Promise.all([
      readDb().seniorityLevel.findMany({ orderBy: { rank: "asc" }, select: { slug: true, name: true } }),
      readDb().skill.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
      readDb().industry.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
      readDb().region.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, countries: true } }),
    ]);
    return { levels, skills, industries, regions };
  },
  ["search-vocabulary-v1"],
  { tags: [LISTINGS_TAG], revalidate: 3600 },
);

/** Region code -> name, for eligibility text on cards. */
export async function getCachedRegionNames(): Promise<Map<string, string>> {
  const { regions } = await getSearchVocabulary();
  return new Map(regions.map((r) => [r.code, r.name]));
}
