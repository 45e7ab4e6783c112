"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState, type FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields naming the record (e.g. { userId }). */
  hidden: Record<string, string>;
  label: string;
  hint: string;
  submit: string;
  pending: string;
  danger?: boolean;
};

/** A moderator's decision that needs a reason (suspend, restore): a plain form, so it works without JavaScript. */
export function ReasonForm({ action, hidden, label, hint, submit, pending, danger }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const id = `reason-${Object.values(hidden).join("-")}`;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextAreaField
        id={id}
        name="reason"
        label={label}
        hint={hint}
        rows={2}
        required
        defaultValue={echoedValue(state, "reason")}
        error={fieldError(state, "reason")}
      />
      <FormMessage state={state} />
      <SubmitButton variant={danger ? "danger" : "primary"} pendingLabel={pending}>
        {submit}
      </SubmitButton>
    </form>
  );
}
