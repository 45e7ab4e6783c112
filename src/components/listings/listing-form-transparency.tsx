import { RadioGroup, TextField } from "@/components/ui";
import { echoedValue, echoedValues, fieldError, type FormState } from "@/lib/form-state";
import { ApplicableRules } from "./applicable-rules";
import { ListingFormSection } from "./listing-form-section";
import type { ListingFormChoices } from "./listing-form-types";

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/**
 * The pay-transparency part of the form: which rules the eligibility brings (ApplicableRules) and the
 * answers they ask for. The server checks them on every save and submit, from the same table.
 */
export function ListingFormTransparency({
  state,
  regions,
  today,
}: {
  state: FormState;
  regions: ListingFormChoices["regions"];
  today: string;
}) {
  const chosenRegions = new Set(echoedValues(state, "eligibleRegions") ?? []);
  const reach = {
    worldwide: echoedValue(state, "worldwide") === "on",
    countries: [
      ...(echoedValues(state, "eligibleCountries") ?? []),
      ...regions.filter((r) => chosenRegions.has(r.code)).flatMap((r) => r.countries),
    ],
    states: echoedValues(state, "eligibleStates") ?? [],
    provinces: echoedValues(state, "eligibleProvinces") ?? [],
  };

  return (
    <ListingFormSection
      id="section-transparency"
      title="Pay transparency"
      intro="Places with pay-transparency laws cover remote roles open to their residents. The rules below follow the eligibility chosen above (without JavaScript, as last saved or sent)."
    >
      <ApplicableRules initial={reach} regions={regions} today={today} />
      <TextField
        name="applicationsCloseOn"
        label="Applications close on (optional)"
        hint="Required where Colorado's law applies. Candidates see it on the listing."
        type="date"
        defaultValue={echoedValue(state, "applicationsCloseOn")}
        error={fieldError(state, "applicationsCloseOn")}
      />
      <RadioGroup
        name="existingVacancy"
        legend="Is this an existing vacancy?"
        hint="“Yes” when someone held this role before and it is being filled again; “No” for a new position. Shown on every listing; required where Ontario's law applies."
        options={YES_NO}
        defaultValue={echoedValue(state, "existingVacancy")}
        error={fieldError(state, "existingVacancy")}
      />
      <RadioGroup
        name="aiScreening"
        legend="Does AI screen, assess or select applicants?"
        hint="Required where Ontario's law applies."
        options={YES_NO}
        defaultValue={echoedValue(state, "aiScreening")}
        error={fieldError(state, "aiScreening")}
      />
    </ListingFormSection>
  );
}
