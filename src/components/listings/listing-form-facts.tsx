import { useState, type FormEvent, type ReactNode } from "react";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/ui";
import { echoedValue, echoedValues, fieldError, type FormState } from "@/lib/form-state";
import {
  DECISION_STYLES,
  NOT_STATED,
  ON_CALL_KINDS,
  OWNERSHIP_KINDS,
  SCALE_DATA_VOLUME,
  SCALE_PEAK_RPS,
  SCALE_SERVICES,
  TAKE_HOME_KINDS,
  decisionStyleLabel,
  onCallKindLabel,
  ownershipKindLabel,
  scaleDataVolumeLabel,
  scalePeakRpsLabel,
  scaleServicesLabel,
  takeHomeKindLabel,
} from "@/lib/listing-facts";
import { FACT_ITEMS, factsCompleteness } from "@/lib/listing-facts-completeness";
import { FactsMeter } from "./facts-meter";
import { ListingFormSection } from "./listing-form-section";

const options = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The fields' current values as the completeness meter reads them. */
function factValues(read: (name: string) => string[]): Record<string, string[]> {
  return Object.fromEntries(FACT_ITEMS.map(({ field }) => [field, read(field)]));
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-line pt-4">
      <legend className="pr-2 text-base font-semibold text-ink">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * "The role at a glance" (docs/decisions/031-architect-facts.md): optional facts architects decide on.
 * Plain controls, so the form works without JavaScript; with it, the meter follows every change.
 */
export function ListingFormFacts({ state }: { state: FormState }) {
  const [values, setValues] = useState(() => factValues((name) => echoedValues(state, name) ?? []));
  const onChange = (event: FormEvent<HTMLDivElement>) => {
    const form = event.currentTarget.closest("form");
    if (!form) return;
    const data = new FormData(form);
    setValues(factValues((name) => data.getAll(name).filter((v): v is string => typeof v === "string")));
  };
  const text = (name: string) => echoedValue(state, name) ?? "";

  return (
    <ListingFormSection
      id="section-facts"
      title="The role at a glance"
      intro="Optional, but candidates compare roles on these and can filter for some of them (no take-home, no on-call, greenfield, team size). Scale is asked as ranges, never exact figures."
    >
      <FactsMeter completeness={factsCompleteness(values)} />
      <div className="flex flex-col gap-6" onChange={onChange}>
        <Group legend="Scale of the systems">
          <div className="grid gap-5 sm:grid-cols-3">
            <SelectField
              name="scalePeakRps"
              label="Peak traffic"
              placeholder={NOT_STATED}
              options={options(SCALE_PEAK_RPS, scalePeakRpsLabel)}
              defaultValue={text("scalePeakRps")}
              error={fieldError(state, "scalePeakRps")}
            />
            <SelectField
              name="scaleDataVolume"
              label="Data volume"
              placeholder={NOT_STATED}
              options={options(SCALE_DATA_VOLUME, scaleDataVolumeLabel)}
              defaultValue={text("scaleDataVolume")}
              error={fieldError(state, "scaleDataVolume")}
            />
            <SelectField
              name="scaleServices"
              label="Number of services"
              placeholder={NOT_STATED}
              options={options(SCALE_SERVICES, scaleServicesLabel)}
              defaultValue={text("scaleServices")}
              error={fieldError(state, "scaleServices")}
            />
          </div>
        </Group>
        <Group legend="Ownership">
          <SelectField
            name="ownershipKind"
            label="Kind of work"
            placeholder={NOT_STATED}
            options={options(OWNERSHIP_KINDS, ownershipKindLabel)}
            defaultValue={text("ownershipKind")}
            error={fieldError(state, "ownershipKind")}
          />
          <TextAreaField
            name="firstSixMonths"
            label="What the hire will own in the first six months"
            hint="Up to 500 characters."
            rows={3}
            maxLength={500}
            defaultValue={text("firstSixMonths")}
            error={fieldError(state, "firstSixMonths")}
          />
        </Group>
        <Group legend="Team">
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField
              name="teamSize"
              label="Team size"
              hint="People in the hire's own team, 1–10,000."
              inputMode="numeric"
              autoComplete="off"
              defaultValue={text("teamSize")}
              error={fieldError(state, "teamSize")}
            />
            <TextField
              name="reportsTo"
              label="Reports to"
              hint="A role, e.g. “VP Engineering”."
              maxLength={100}
              defaultValue={text("reportsTo")}
              error={fieldError(state, "reportsTo")}
            />
            <TextField
              name="engineersServed"
              label="Engineers the architecture serves"
              hint="1–100,000."
              inputMode="numeric"
              autoComplete="off"
              defaultValue={text("engineersServed")}
              error={fieldError(state, "engineersServed")}
            />
          </div>
        </Group>
        <Group legend="On-call">
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              name="onCall"
              label="On-call"
              placeholder={NOT_STATED}
              options={options(ON_CALL_KINDS, onCallKindLabel)}
              defaultValue={text("onCall")}
              error={fieldError(state, "onCall")}
            />
            <TextField
              name="onCallRotationWeeks"
              label="Rotation: one week in…"
              hint="Only for a rotation: 2–52 weeks."
              inputMode="numeric"
              autoComplete="off"
              defaultValue={text("onCallRotationWeeks")}
              error={fieldError(state, "onCallRotationWeeks")}
            />
          </div>
        </Group>
        <Group legend="Interview loop">
          <TextAreaField
            name="interviewStages"
            label="Stages, in order"
            hint="One stage per line, up to 10 stages of 2–60 characters, e.g. “Hiring manager call”."
            rows={5}
            defaultValue={text("interviewStages")}
            error={fieldError(state, "interviewStages")}
          />
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField
              name="interviewHours"
              label="Total hours"
              hint="The candidate's time, 1–100."
              inputMode="numeric"
              autoComplete="off"
              defaultValue={text("interviewHours")}
              error={fieldError(state, "interviewHours")}
            />
            <SelectField
              name="takeHome"
              label="Take-home assignment"
              placeholder={NOT_STATED}
              options={options(TAKE_HOME_KINDS, takeHomeKindLabel)}
              defaultValue={text("takeHome")}
              error={fieldError(state, "takeHome")}
            />
            <SelectField
              name="systemDesignRound"
              label="System-design round"
              placeholder={NOT_STATED}
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No" },
              ]}
              defaultValue={text("systemDesignRound")}
              error={fieldError(state, "systemDesignRound")}
            />
          </div>
        </Group>
        <CheckboxGroup
          name="decisionStyles"
          legend="How architecture decisions are made"
          hint="Tick every one that holds."
          options={options(DECISION_STYLES, decisionStyleLabel)}
          defaultValue={echoedValues(state, "decisionStyles") ?? []}
          error={fieldError(state, "decisionStyles")}
        />
      </div>
    </ListingFormSection>
  );
}
