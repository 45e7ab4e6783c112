import { countryName } from "@/lib/countries";
import { factFilterChips } from "@/lib/fact-filters";
import { listText } from "@/lib/format";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { ENGAGEMENT_SLUGS, VISA_SLUGS, type SearchQuery } from "@/lib/schemas/search";

type Names = {
  levels: ReadonlyMap<string, string>;
  skills: ReadonlyMap<string, string>;
  industries: ReadonlyMap<string, string>;
};

type Named = { slug: string; name: string }[];

/** Slug -> name maps from the search vocabulary (src/server/search/options.ts). */
export function vocabularyNames(vocabulary: { levels: Named; skills: Named; industries: Named }): Names {
  const map = (items: Named) => new Map(items.map((i) => [i.slug, i.name]));
  return { levels: map(vocabulary.levels), skills: map(vocabulary.skills), industries: map(vocabulary.industries) };
}

const named = (slugs: readonly string[], names: ReadonlyMap<string, string>) => slugs.map((s) => names.get(s) ?? s);

/** A search in words, for a feed's title: `“kafka” · Staff · pay from $200,000 · open to Germany`. Empty when nothing is set. */
export function describeSearch(query: SearchQuery, names: Names): string {
  const parts: string[] = [];
  if (query.q) parts.push(`“${query.q}”`);
  if (query.level.length) parts.push(listText(named(query.level, names.levels)));
  if (query.skill.length) {
    const skills = named(query.skill, names.skills);
    parts.push(query.skillMatch === "all" ? listText(skills) : new Intl.ListFormat("en", { type: "disjunction" }).format(skills));
  }
  if (query.minPay !== undefined) parts.push(`pay from $${query.minPay.toLocaleString("en-US")} a year`);
  if (query.country) parts.push(`open to ${countryName(query.country)}`);
  if (query.tz) parts.push(`hours that suit ${query.tz}`);
  if (query.industry.length) parts.push(listText(named(query.industry, names.industries)));
  if (query.engagement.length) parts.push(listText(query.engagement.map((e) => engagementModelLabel[ENGAGEMENT_SLUGS[e]])));
  if (query.visa.length) parts.push(listText(query.visa.map((v) => visaPolicyLabel[VISA_SLUGS[v]].toLowerCase())));
  // The role-at-a-glance filters read as their chips do: "No take-home", "Small team (up to 5)".
  for (const chip of factFilterChips(query)) parts.push(chip.label.toLowerCase());
  if (query.postedWithinDays !== undefined) parts.push(`posted in the last ${query.postedWithinDays} days`);
  return parts.join(" · ");
}

/** The title of the feed of all open roles (no search parameters). */
export const ALL_JOBS_FEED_TITLE = "Backplane: remote backend architect jobs";

/** A search's feed title, in the feed itself and in the search page's <link rel="alternate" title>. */
export function searchFeedTitle(query: SearchQuery, names: Names): string {
  const searched = describeSearch(query, names);
  return searched ? `Backplane jobs: ${searched}` : ALL_JOBS_FEED_TITLE;
}
