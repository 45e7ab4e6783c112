import { RadioGroup, TextField } from "@/components/ui";
import { echoedValue, echoedValues, fieldError, type FormState } from "@/lib/form-state";
import { REQUIREMENT_LABEL, rulesFor } from "@/lib/pay-transparency";
import { ListingFormSection } from "./listing-form-section";
import type { ListingFormChoices } from "./listing-form-types";

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/**
 * The pay-transparency part of the form: which rules the eligibility chosen (as last sent, or as stored)
 * brings, and the answers they ask for. The server checks them on every save and submit; the list is
 * rendered from the same table, so it is there without JavaScript and refreshes with each answer.
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
  const rules = rulesFor(reach, new Date(`${today}T00:00:00Z`));

  return (
    <ListingFormSection
      id="section-transparency"
      title="Pay transparency"
      intro="Places with pay-transparency laws cover remote roles open to their residents. The rules below follow the eligibility you saved or sent last; saving again updates them."
    >
      {rules.length === 0 ? (
        <p className="text-sm text-ink-muted">
          No pay-transparency rule in our table covers the places chosen so far. Every listing still states a minimum and a
          maximum pay.
        </p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm text-ink" aria-label="Rules this listing falls under">
          {rules.map(({ rule, inForce }) => (
            <li key={rule.id}>
              <span className="font-semibold">{rule.place}</span>
              {inForce ? "" : ` (from ${rule.effectiveFrom}; not yet checked)`}:{" "}
              {rule.requires.map((r) => REQUIREMENT_LABEL[r]).join("; ")}. <span className="text-ink-muted">{rule.source}.</span>
            </li>
          ))}
        </ul>
      )}
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
