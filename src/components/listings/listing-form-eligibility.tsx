import { CheckboxField, CheckboxGroup, ErrorText, HintText, RadioGroup, TextField } from "@/components/ui";
import type { EngagementModel, VisaPolicy } from "@/generated/prisma/enums";
import { echoedValue, echoedValues, fieldError, type FormState } from "@/lib/form-state";
import { plural } from "@/lib/format";
import { engagementModelDescription, engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { ListingFormCountries } from "./listing-form-countries";
import { CA_PROVINCES, US_STATES } from "@/lib/pay-transparency";
import { ListingFormSection } from "./listing-form-section";
import { ListingFormSubdivisions } from "./listing-form-subdivisions";
import type { ListingFormChoices } from "./listing-form-types";

const VISA_POLICIES = Object.keys(visaPolicyLabel) as VisaPolicy[];
const ENGAGEMENT_MODELS = Object.keys(engagementModelLabel) as EngagementModel[];

export function ListingFormEligibility({ state, regions }: { state: FormState; regions: ListingFormChoices["regions"] }) {
  const eligibilityError = fieldError(state, "eligibility");
  return (
    <ListingFormSection
      id="section-eligibility"
      title="Remote eligibility"
      intro="Candidates filter on these, so be exact: only people who can really be hired should see the role."
    >
      <fieldset
        id="eligibility"
        tabIndex={-1}
        className="flex flex-col gap-5"
        aria-describedby={["eligibility-hint", eligibilityError ? "eligibility-error" : ""].join(" ").trim()}
      >
        <legend className="mb-1 text-base font-semibold text-ink">Who can apply (required)</legend>
        <HintText id="eligibility-hint">Worldwide, or at least one region or country.</HintText>
        {eligibilityError ? <ErrorText id="eligibility-error">{eligibilityError}</ErrorText> : null}
        <CheckboxField
          name="worldwide"
          label="Worldwide — candidates in any country"
          hint="Overrides any regions or countries chosen below."
          defaultChecked={echoedValue(state, "worldwide") === "on"}
        />
        <div id="eligibleRegions" tabIndex={-1}>
          <CheckboxGroup
            name="eligibleRegions"
            legend="Regions"
            inline
            options={regions.map((r) => ({
              value: r.code,
              label: (
                <>
                  {r.name} <span className="text-ink-muted">({plural(r.countries.length, "country", "countries")})</span>
                </>
              ),
            }))}
            defaultValue={echoedValues(state, "eligibleRegions")}
            error={fieldError(state, "eligibleRegions")}
          />
        </div>
        <ListingFormCountries
          selected={echoedValues(state, "eligibleCountries") ?? []}
          error={fieldError(state, "eligibleCountries")}
        />
        <ListingFormSubdivisions
          name="eligibleStates"
          legend="US states"
          hint="When the United States is open (as a country or through a region), leave these empty for the whole country or tick the states you can hire in. Each state's pay-transparency law follows."
          options={US_STATES}
          selected={echoedValues(state, "eligibleStates") ?? []}
          error={fieldError(state, "eligibleStates")}
        />
        <ListingFormSubdivisions
          name="eligibleProvinces"
          legend="Canadian provinces and territories"
          hint="When Canada is open, leave these empty for the whole country or tick the provinces you can hire in."
          options={CA_PROVINCES}
          selected={echoedValues(state, "eligibleProvinces") ?? []}
          error={fieldError(state, "eligibleProvinces")}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4" aria-describedby="tz-hint">
        <legend className="mb-1 text-base font-semibold text-ink">Working hours</legend>
        <HintText id="tz-hint">
          The window, in UTC, when the team works. Leave both times empty if any timezone works; a window may cross midnight
          (22:00 to 06:00).
        </HintText>
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField
            name="tzWindowStartUtc"
            label="Window starts (UTC)"
            type="time"
            defaultValue={echoedValue(state, "tzWindowStartUtc")}
            error={fieldError(state, "tzWindowStartUtc")}
          />
          <TextField
            name="tzWindowEndUtc"
            label="Window ends (UTC)"
            type="time"
            defaultValue={echoedValue(state, "tzWindowEndUtc")}
            error={fieldError(state, "tzWindowEndUtc")}
          />
          <TextField
            name="tzRequiredOverlapHours"
            label="Required overlap (0–12 hours)"
            type="number"
            min={0}
            max={12}
            step={1}
            inputMode="numeric"
            defaultValue={echoedValue(state, "tzRequiredOverlapHours") ?? "0"}
            error={fieldError(state, "tzRequiredOverlapHours")}
          />
        </div>
      </fieldset>

      <RadioGroup
        name="visaPolicy"
        legend="Work authorisation (required)"
        required
        options={VISA_POLICIES.map((v) => ({ value: v, label: visaPolicyLabel[v] }))}
        defaultValue={echoedValue(state, "visaPolicy")}
        error={fieldError(state, "visaPolicy")}
      />
      <RadioGroup
        name="engagementModel"
        legend="Engagement (required)"
        required
        options={ENGAGEMENT_MODELS.map((m) => ({
          value: m,
          label: engagementModelLabel[m],
          hint: engagementModelDescription[m],
        }))}
        defaultValue={echoedValue(state, "engagementModel")}
        error={fieldError(state, "engagementModel")}
      />
    </ListingFormSection>
  );
}
