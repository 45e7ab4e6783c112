import { Button, Input, Radio, Select } from "@/components/ui";
import { COUNTRIES } from "@/lib/countries";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { ENGAGEMENT_SLUGS, VISA_SLUGS, type SearchQuery } from "@/lib/schemas/search";
import type { SearchFacets } from "@/server/search/search";
import type { SearchVocabulary } from "@/server/search/options";
import { FacetGroup, withCounts } from "./facet-group";

type Props = {
  query: SearchQuery;
  vocabulary: SearchVocabulary;
  facets: SearchFacets | undefined;
  timezones: readonly string[];
  /** Shown under country/timezone when they came from the candidate's profile. */
  profileNote?: string;
};

const POSTED = [
  ["", "Any time"],
  ["1", "Last 24 hours"],
  ["7", "Last 7 days"],
  ["14", "Last 14 days"],
  ["30", "Last 30 days"],
] as const;

const label = "text-sm font-semibold text-ink";

/** The controls of the search form; SearchFormShell is the <form> around them. */
export function SearchFilters({ query, vocabulary, facets, timezones, profileNote }: Props) {
  const engagement = Object.entries(ENGAGEMENT_SLUGS).map(([value, model]) => ({ value, label: engagementModelLabel[model] }));
  const visa = Object.entries(VISA_SLUGS).map(([value, policy]) => ({ value, label: visaPolicyLabel[policy] }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <label htmlFor="search-q" className={label}>
          Search
        </label>
        <Input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder="Kafka, payments, event sourcing…"
          maxLength={200}
        />
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className={`${label} mb-1`}>Where you work from</legend>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="search-country" className="text-sm text-ink">
            Your country
          </label>
          <Select id="search-country" name="country" defaultValue={query.country ?? ""}>
            <option value="">Any country</option>
            {COUNTRIES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="search-tz" className="text-sm text-ink">
            Your timezone
          </label>
          <Input
            id="search-tz"
            name="tz"
            list="search-tz-options"
            defaultValue={query.tz ?? ""}
            placeholder="Europe/Berlin or UTC+01:00"
            aria-describedby="search-tz-hint"
          />
          <datalist id="search-tz-options">
            {timezones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <p id="search-tz-hint" className="text-sm text-ink-muted">
            Roles whose working window overlaps your 09:00–17:00 by the hours they require.
          </p>
        </div>
        {profileNote ? <p className="text-sm text-ink-muted">{profileNote}</p> : null}
      </fieldset>

      <FacetGroup
        name="level"
        legend="Seniority"
        options={withCounts(
          vocabulary.levels.map((l) => ({ value: l.slug, label: l.name })),
          facets?.level,
        )}
        selected={query.level}
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
          )}
          selected={query.skill}
          visible={10}
        />
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <legend className="sr-only">Match skills</legend>
          {(["any", "all"] as const).map((mode) => (
            <span key={mode} className="flex items-center gap-1.5">
              <Radio id={`skillMatch-${mode}`} name="skillMatch" value={mode} defaultChecked={query.skillMatch === mode} />
              <label htmlFor={`skillMatch-${mode}`}>{mode === "any" ? "Any of these skills" : "All of them"}</label>
            </span>
          ))}
        </fieldset>
      </div>

      <FacetGroup
        name="industry"
        legend="Industry"
        options={withCounts(
          vocabulary.industries.map((i) => ({ value: i.slug, label: i.name })),
          facets?.industry,
        )}
        selected={query.industry}
      />
      <FacetGroup
        name="engagement"
        legend="Engagement"
        options={withCounts(engagement, facets?.engagement)}
        selected={query.engagement}
      />
      <FacetGroup name="visa" legend="Work authorisation" options={withCounts(visa, facets?.visa)} selected={query.visa} />

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
  );
}
