import { useState, type FormEvent, type ReactNode } from "react";
import { CheckboxGroup, TextAreaField, TextField } from "@/components/ui";
import { echoedValues, fieldError, fieldProps, type FormState } from "@/lib/form-state";
import {
  DECISION_STYLES,
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
import { FactNumber, FactSelect, factOptions } from "./fact-fields";
import { FactsMeter } from "./facts-meter";
import { ListingFormSection } from "./listing-form-section";

// The schema reads the system-design round as yes/no; the form offers it like any other fact.
const YES_NO = ["yes", "no"] as const;
const yesNoLabel = { yes: "Yes", no: "No" };

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
            <FactSelect
              state={state}
              name="scalePeakRps"
              label="Peak traffic"
              choices={SCALE_PEAK_RPS}
              labels={scalePeakRpsLabel}
            />
            <FactSelect
              state={state}
              name="scaleDataVolume"
              label="Data volume"
              choices={SCALE_DATA_VOLUME}
              labels={scaleDataVolumeLabel}
            />
            <FactSelect
              state={state}
              name="scaleServices"
              label="Number of services"
              choices={SCALE_SERVICES}
              labels={scaleServicesLabel}
            />
          </div>
        </Group>
        <Group legend="Ownership">
          <FactSelect
            state={state}
            name="ownershipKind"
            label="Kind of work"
            choices={OWNERSHIP_KINDS}
            labels={ownershipKindLabel}
          />
          <TextAreaField
            {...fieldProps(state, "firstSixMonths")}
            label="What the hire will own in the first six months"
            hint="Up to 500 characters."
            rows={3}
            maxLength={500}
          />
        </Group>
        <Group legend="Team">
          <div className="grid gap-5 sm:grid-cols-3">
            <FactNumber state={state} name="teamSize" label="Team size" hint="People in the hire's own team, 1–10,000." />
            <TextField
              {...fieldProps(state, "reportsTo")}
              label="Reports to"
              hint="A role, e.g. “VP Engineering”."
              maxLength={100}
            />
            <FactNumber state={state} name="engineersServed" label="Engineers the architecture serves" hint="1–100,000." />
          </div>
        </Group>
        <Group legend="On-call">
          <div className="grid gap-5 sm:grid-cols-2">
            <FactSelect state={state} name="onCall" label="On-call" choices={ON_CALL_KINDS} labels={onCallKindLabel} />
            <FactNumber
              state={state}
              name="onCallRotationWeeks"
              label="Rotation: one week in…"
              hint="Only for a rotation: 2–52 weeks."
            />
          </div>
        </Group>
        <Group legend="Interview loop">
          <TextAreaField
            {...fieldProps(state, "interviewStages")}
            label="Stages, in order"
            hint="One stage per line, up to 10 stages of 2–60 characters, e.g. “Hiring manager call”."
            rows={5}
          />
          <div className="grid gap-5 sm:grid-cols-3">
            <FactNumber state={state} name="interviewHours" label="Total hours" hint="The candidate's time, 1–100." />
            <FactSelect
              state={state}
              name="takeHome"
              label="Take-home assignment"
              choices={TAKE_HOME_KINDS}
              labels={takeHomeKindLabel}
            />
            <FactSelect state={state} name="systemDesignRound" label="System-design round" choices={YES_NO} labels={yesNoLabel} />
          </div>
        </Group>
        <CheckboxGroup
          name="decisionStyles"
          legend="How architecture decisions are made"
          hint="Tick every one that holds."
          options={factOptions(DECISION_STYLES, decisionStyleLabel)}
          defaultValue={echoedValues(state, "decisionStyles") ?? []}
          error={fieldError(state, "decisionStyles")}
        />
      </div>
    </ListingFormSection>
  );
}
