import Link from "next/link";
import { countryName } from "@/lib/countries";
import { factFilterChips } from "@/lib/fact-filters";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { ENGAGEMENT_SLUGS, VISA_SLUGS, queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";
import type { SearchVocabulary } from "@/server/search/options";

type Chip = { label: string; without: Partial<SearchQuery> };

function chips(query: SearchQuery, vocabulary: SearchVocabulary): Chip[] {
  const name = (list: { slug: string; name: string }[], slug: string) => list.find((x) => x.slug === slug)?.name ?? slug;
  const out: Chip[] = [];
  if (query.q) out.push({ label: `“${query.q}”`, without: { q: undefined } });
  for (const v of query.level)
    out.push({ label: name(vocabulary.levels, v), without: { level: query.level.filter((x) => x !== v) } });
  for (const v of query.skill)
    out.push({ label: name(vocabulary.skills, v), without: { skill: query.skill.filter((x) => x !== v) } });
  if (query.minPay !== undefined)
    out.push({ label: `At least $${query.minPay.toLocaleString("en-US")}`, without: { minPay: undefined } });
  if (query.country) out.push({ label: `From ${countryName(query.country)}`, without: { country: undefined } });
  if (query.tz) out.push({ label: `Timezone ${query.tz}`, without: { tz: undefined } });
  for (const v of query.industry)
    out.push({ label: name(vocabulary.industries, v), without: { industry: query.industry.filter((x) => x !== v) } });
  for (const v of query.engagement)
    out.push({
      label: engagementModelLabel[ENGAGEMENT_SLUGS[v]],
      without: { engagement: query.engagement.filter((x) => x !== v) },
    });
  for (const v of query.visa)
    out.push({ label: visaPolicyLabel[VISA_SLUGS[v]], without: { visa: query.visa.filter((x) => x !== v) } });
  out.push(...factFilterChips(query));
  if (query.postedWithinDays !== undefined)
    out.push({ label: `Posted in ${query.postedWithinDays} days`, without: { postedWithinDays: undefined } });
  return out;
}

/** The URL of the query with some parts changed; country and tz stay explicit so profile defaults don't return. */
export function searchHref(query: SearchQuery, change: Partial<SearchQuery> = {}): string {
  const next = { ...query, ...change, cursor: undefined };
  const params = queryToSearchParams(next);
  if (!next.country) params.set("country", "");
  if (!next.tz) params.set("tz", "");
  return `/jobs?${params.toString()}`;
}

/** Each active filter as a link that removes it, plus "clear all". */
export function ActiveFilters({
  query,
  vocabulary,
  clearHref,
}: {
  query: SearchQuery;
  vocabulary: SearchVocabulary;
  clearHref: string;
}) {
  const list = chips(query, vocabulary);
  if (list.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-ink-muted">Filters:</span>
      <ul className="flex flex-wrap gap-2">
        {list.map((chip) => (
          <li key={chip.label}>
            <Link
              href={searchHref(query, chip.without)}
              className="inline-flex min-h-8 items-center gap-1.5 rounded-xl bg-accent-soft px-2.5 py-0.5 text-xs font-semibold text-accent-soft-ink hover:underline"
              aria-label={`Remove filter: ${chip.label}`}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link className="link" href={clearHref}>
        Clear all
      </Link>
    </div>
  );
}

export { chips as activeFilterChips };
