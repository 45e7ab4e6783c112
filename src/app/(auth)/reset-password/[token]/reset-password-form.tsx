"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { fieldError, idleState } from "@/lib/form-state";
import { resetPassword } from "../../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPassword, idleState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label="New password"
        hint="At least 10 characters."
        autoComplete="new-password"
        required
        error={fieldError(state, "password")}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        error={fieldError(state, "confirmPassword")}
      />
      <SubmitButton fullWidth pendingLabel="Saving…">
        Set the new password
      </SubmitButton>
    </form>
  );
}
