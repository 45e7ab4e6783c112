"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { fieldError, idleState } from "@/lib/form-state";
import { changePassword } from "./actions";

/** Current password, then the new one twice. Passwords are never echoed back after an error. */
export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePassword, idleState);
  return (
    // A successful change re-renders the form empty (the key changes with the message).
    <form key={state.status === "success" ? state.message : "form"} action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={fieldError(state, "currentPassword")}
      />
      <TextField
        name="newPassword"
        type="password"
        label="New password"
        hint="At least 10 characters, and not one of the most common passwords. A few unrelated words work well."
        autoComplete="new-password"
        required
        error={fieldError(state, "newPassword")}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        error={fieldError(state, "confirmPassword")}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
