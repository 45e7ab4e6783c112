"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { changeEmail } from "./actions";

/** The new address and the current password; the password is never echoed back. */
export function ChangeEmailForm() {
  const [state, formAction] = useActionState(changeEmail, idleState);
  return (
    <form key={state.status === "success" ? state.message : "form"} action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="newEmail"
        type="email"
        label="New email address"
        autoComplete="email"
        required
        defaultValue={state.status === "success" ? "" : echoedValue(state, "newEmail")}
        error={fieldError(state, "newEmail")}
      />
      <TextField
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={fieldError(state, "currentPassword")}
      />
      <SubmitButton pendingLabel="Sending…">Send a confirmation link</SubmitButton>
    </form>
  );
}
