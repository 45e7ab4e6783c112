import { SelectField, TextAreaField, TextField } from "@/components/ui";
import { echoedValue, fieldError, type FormState } from "@/lib/form-state";
import { ListingFormSection } from "./listing-form-section";
import type { ListingFormChoices } from "./listing-form-types";

export function ListingFormBasics({ state, levels }: { state: FormState; levels: ListingFormChoices["levels"] }) {
  return (
    <ListingFormSection id="section-role" title="The role">
      <TextField
        name="title"
        label="Job title"
        hint="5–120 characters, e.g. “Staff backend architect, payments platform”."
        required
        maxLength={120}
        defaultValue={echoedValue(state, "title")}
        error={fieldError(state, "title")}
      />
      <SelectField
        name="levelId"
        label="Seniority level"
        placeholder="Choose a level"
        required
        options={levels.map((level) => ({ value: level.id, label: level.name }))}
        defaultValue={echoedValue(state, "levelId") ?? ""}
        error={fieldError(state, "levelId")}
      />
      <TextAreaField
        name="description"
        label="Description"
        hint="What the architect will own, the systems and the team. At least 200 characters; plain text, blank lines between paragraphs, “- ” for lists."
        required
        rows={12}
        maxLength={20_000}
        defaultValue={echoedValue(state, "description")}
        error={fieldError(state, "description")}
      />
      <TextAreaField
        name="benefits"
        label="Benefits"
        hint="Name them: health cover, paid leave, retirement, equipment, other pay. Required where a pay-transparency law asks for it (see “Pay transparency” below); at least five words, three of them concrete — a slogan such as “competitive package” does not count."
        rows={4}
        maxLength={5_000}
        defaultValue={echoedValue(state, "benefits")}
        error={fieldError(state, "benefits")}
      />
    </ListingFormSection>
  );
}
