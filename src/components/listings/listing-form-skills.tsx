import { CheckboxGroup, ErrorText, HintText } from "@/components/ui";
import { echoedValues, fieldError, type FormState } from "@/lib/form-state";
import { ListingFormSection } from "./listing-form-section";
import type { ListingFormChoices } from "./listing-form-types";

export function ListingFormSkills({ state, skillGroups }: { state: FormState; skillGroups: ListingFormChoices["skillGroups"] }) {
  const error = fieldError(state, "skills");
  const selected = echoedValues(state, "skills") ?? [];
  return (
    <ListingFormSection id="section-skills" title="Skills">
      <fieldset
        id="skills"
        tabIndex={-1}
        className="flex flex-col gap-5"
        aria-describedby={["skills-hint", error ? "skills-error" : ""].join(" ").trim()}
      >
        <legend className="sr-only">Skills (required)</legend>
        <HintText id="skills-hint">Choose 1 to 12 skills the role really needs. Candidates search by these.</HintText>
        {error ? <ErrorText id="skills-error">{error}</ErrorText> : null}
        <div className="grid gap-6 md:grid-cols-2">
          {skillGroups.map((group) => (
            <CheckboxGroup
              key={group.category}
              name="skills"
              legend={group.label}
              inline
              options={group.skills.map((s) => ({ value: s.id, label: s.name }))}
              defaultValue={selected}
            />
          ))}
        </div>
      </fieldset>
    </ListingFormSection>
  );
}
