import { TEAM_SIZE_RANGES, onCallKindLabel, ownershipKindLabel, takeHomeKindLabel } from "@/lib/listing-facts";
import { ON_CALL_SLUGS, OWNERSHIP_SLUGS, TAKE_HOME_SLUGS, type SearchQuery } from "@/lib/schemas/search";

// The /jobs filters on the role at a glance (decision 031): each parameter's values with the words the
// filter panel and its chips show.

type FactFilter = {
  name: "takeHome" | "onCall" | "ownership" | "teamSize";
  legend: string;
  options: { value: string; label: string }[];
};

export const FACT_FILTERS: FactFilter[] = [
  {
    name: "takeHome",
    legend: "Take-home",
    options: Object.entries(TAKE_HOME_SLUGS).map(([value, kind]) => ({ value, label: takeHomeKindLabel[kind] })),
  },
  {
    name: "onCall",
    legend: "On-call",
    options: Object.entries(ON_CALL_SLUGS).map(([value, kind]) => ({ value, label: onCallKindLabel[kind] })),
  },
  {
    name: "ownership",
    legend: "Kind of work",
    options: Object.entries(OWNERSHIP_SLUGS).map(([value, kind]) => ({ value, label: ownershipKindLabel[kind] })),
  },
  {
    name: "teamSize",
    legend: "Team size",
    options: Object.entries(TEAM_SIZE_RANGES).map(([value, range]) => ({ value, label: range.label })),
  },
];

/** The chip text of one selected value ("No take-home", "Small team (up to 5)"). */
export function factFilterChips(query: SearchQuery): { label: string; without: Partial<SearchQuery> }[] {
  return FACT_FILTERS.flatMap(({ name, options }) =>
    (query[name] as string[]).map((v) => ({
      label: options.find((o) => o.value === v)?.label ?? v,
      without: { [name]: (query[name] as string[]).filter((x) => x !== v) } as Partial<SearchQuery>,
    })),
  );
}
