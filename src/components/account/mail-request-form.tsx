"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState, type FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  /** Ask for an address (signed-out visitors); without it the form acts for the signed-in account. */
  askForEmail?: boolean;
  defaultEmail?: string;
};

/**
 * "Send me a link" forms (verification, password reset): one optional address field and a button. The
 * answer replaces nothing on the page, so the visitor can send again if they mistyped.
 */
export function MailRequestForm({ action, submitLabel, pendingLabel, askForEmail = false, defaultEmail }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {askForEmail ? (
        <TextField
          name="email"
          type="email"
          label="Email"
          autoComplete="email"
          required
          defaultValue={echoedValue(state, "email") ?? defaultEmail}
          error={fieldError(state, "email")}
        />
      ) : null}
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
