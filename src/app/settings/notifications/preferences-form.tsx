"use client";

import { useActionState } from "react";
import { FormMessage, RadioGroup, SubmitButton } from "@/components/ui";
import type { NotificationFrequency } from "@/generated/prisma/enums";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { savePreferencesAction } from "./actions";

export type PreferenceRow = {
  kind: string;
  label: string;
  description: string;
  choices: readonly NotificationFrequency[];
  frequency: NotificationFrequency;
};

const choiceLabels: Record<NotificationFrequency, string> = {
  IMMEDIATE: "Email me each time",
  DAILY: "One email a day",
  OFF: "Off",
};

export function PreferencesForm({ rows }: { rows: PreferenceRow[] }) {
  const [state, formAction] = useActionState(savePreferencesAction, idleState);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      {rows.map((row) => (
        <RadioGroup
          key={row.kind}
          name={row.kind}
          legend={row.label}
          hint={row.description}
          inline
          options={row.choices.map((choice) => ({ value: choice, label: choiceLabels[choice] }))}
          defaultValue={echoedValue(state, row.kind) ?? row.frequency}
          error={fieldError(state, row.kind)}
        />
      ))}
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save my choices</SubmitButton>
    </form>
  );
}
