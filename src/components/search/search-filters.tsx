import { Button, Input, Radio, Select } from "@/components/ui";
import { FACT_FILTERS } from "@/lib/fact-filters";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { ENGAGEMENT_SLUGS, VISA_SLUGS, queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";
import { FACET_WINDOW } from "@/lib/search-limits";
import type { FacetDimension } from "@/server/search/filters";
import type { SearchFacets } from "@/server/search/search";
import type { SearchVocabulary } from "@/server/search/options";
import { FacetGroup } from "./facet-group";
import { withCounts } from "./facet-options";
import { CountryField, TimezoneField } from "./place-fields";
import { ProfileDefaults } from "./profile-defaults";

type Props = {
  query: SearchQuery;
  vocabulary: SearchVocabulary;
  facets: SearchFacets | undefined;
  /** Dimensions whose counts cover only the newest FACET_WINDOW matching roles (lower bounds). */
  partial?: readonly FacetDimension[];
  /** Dimensions not counted at all (the count ran past its time budget): shown without numbers. */
  uncounted?: readonly FacetDimension[];
  /** How many filters are set, for the panel's summary ("Filters (3)"). */
  activeCount: number;
};

const POSTED = [
  ["", "Any time"],
  ["1", "Last 24 hours"],
  ["7", "Last 7 days"],
  ["14", "Last 14 days"],
  ["30", "Last 30 days"],
] as const;

const label = "text-sm font-semibold text-ink";

/**
 * The filters, in a disclosure: on phones it starts closed, so the results come first ("Filters (3)" opens
 * it, no script needed); from the lg breakpoint globals.css shows it open as a sidebar. SearchFormShell is
 * the <form> around it.
 */
const PARTIAL_NOTE = `Counted over the newest ${FACET_WINDOW.toLocaleString("en-US")} matching roles: "12+" means at least 12.`;

const UNCOUNTED_NOTE = "Too many roles to count quickly for this search; narrow it to see numbers.";

export function SearchFilters({ query, vocabulary, facets, partial = [], uncounted = [], activeCount }: Props) {
  const lowerBound = (d: FacetDimension) => partial.includes(d) || uncounted.includes(d);
  const note = (d: FacetDimension) => (uncounted.includes(d) ? UNCOUNTED_NOTE : partial.includes(d) ? PARTIAL_NOTE : undefined);
  const engagement = Object.entries(ENGAGEMENT_SLUGS).map(([value, model]) => ({ value, label: engagementModelLabel[model] }));
  const visa = Object.entries(VISA_SLUGS).map(([value, policy]) => ({ value, label: visaPolicyLabel[policy] }));
  return (
    <details className="filter-panel group rounded-lg border border-line bg-surface lg:border-0 lg:bg-transparent">
      <summary className="flex min-h-11 items-center justify-between gap-2 px-4 text-sm font-semibold text-ink">
        {activeCount > 0 ? `Filters (${activeCount})` : "Filters"}
        <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="flex flex-col gap-6 px-4 pt-2 pb-4 lg:p-0">
        <fieldset className="flex flex-col gap-3">
          <legend className={`${label} mb-1`}>Where you work from</legend>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="search-country" className="text-sm text-ink">
              Your country
            </label>
            <CountryField code={query.country} />
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="search-tz" className="text-sm text-ink">
              Your timezone
            </label>
            <TimezoneField value={query.tz} />
            <p id="search-tz-hint" className="text-sm text-ink-muted">
              Roles whose working window overlaps your 09:00–17:00 by the hours they require.
            </p>
          </div>
          <ProfileDefaults />
          {/* Without scripts the island cannot ask who is signed in; this link asks the server instead. */}
          <noscript>
            <a className="link text-sm" href={`/account/search-defaults?${queryToSearchParams(query).toString()}`}>
              Signed in? Use your profile&apos;s country and timezone
            </a>
          </noscript>
        </fieldset>

        <FacetGroup
          name="level"
          legend="Seniority"
          options={withCounts(
            vocabulary.levels.map((l) => ({ value: l.slug, label: l.name })),
            facets?.level,
            "vocabulary",
            lowerBound("level"),
          )}
          selected={query.level}
          note={note("level")}
        />

        <div className="flex flex-col gap-1.5">
          <label htmlFor="search-minpay" className={label}>
            Minimum pay (USD a year)
          </label>
          <Input
            id="search-minpay"
            name="minPay"
            type="number"
            inputMode="numeric"
            min={0}
            step={10000}
            defaultValue={query.minPay ?? ""}
            placeholder="e.g. 200000"
            aria-describedby="search-minpay-hint"
          />
          <p id="search-minpay-hint" className="text-sm text-ink-muted">
            Compared with the top of each range, converted to annual US dollars.
          </p>
        </div>

        <div className="flex flex-col gap-2">
          <FacetGroup
            name="skill"
            legend="Skills"
            options={withCounts(
              vocabulary.skills.map((s) => ({ value: s.slug, label: s.name })),
              facets?.skill,
              "count",
              lowerBound("skill"),
            )}
            selected={query.skill}
            note={note("skill")}
            visible={10}
          />
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <legend className="sr-only">Match skills</legend>
            {(["any", "all"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1.5">
                <Radio name="skillMatch" value={mode} defaultChecked={query.skillMatch === mode} />
                {mode === "any" ? "Any of these skills" : "All of them"}
              </label>
            ))}
          </fieldset>
        </div>

        <FacetGroup
          name="industry"
          legend="Industry"
          options={withCounts(
            vocabulary.industries.map((i) => ({ value: i.slug, label: i.name })),
            facets?.industry,
            "vocabulary",
            lowerBound("industry"),
          )}
          selected={query.industry}
          note={note("industry")}
        />
        <FacetGroup
          name="engagement"
          legend="Engagement"
          options={withCounts(engagement, facets?.engagement, "vocabulary", lowerBound("engagement"))}
          selected={query.engagement}
          note={note("engagement")}
        />
        <FacetGroup
          name="visa"
          legend="Work authorisation"
          options={withCounts(visa, facets?.visa, "vocabulary", lowerBound("visa"))}
          selected={query.visa}
          note={note("visa")}
        />

        {/* The role at a glance (decision 031): listings that do not state a fact match none of its values
            and are in none of its counts. */}
        {FACT_FILTERS.map((filter) => (
          <FacetGroup
            key={filter.name}
            name={filter.name}
            legend={filter.legend}
            options={withCounts(filter.options, facets?.[filter.name], "vocabulary", lowerBound(filter.name))}
            selected={query[filter.name]}
            note={note(filter.name)}
          />
        ))}

        <div className="flex flex-col gap-1.5">
          <label htmlFor="search-posted" className={label}>
            Posted
          </label>
          <Select
            id="search-posted"
            name="postedWithinDays"
            defaultValue={query.postedWithinDays ? String(query.postedWithinDays) : ""}
          >
            {POSTED.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </Select>
        </div>

        <Button type="submit">Show roles</Button>
      </div>
    </details>
  );
}
