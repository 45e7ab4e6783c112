"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { DELETE_CONFIRMATION } from "@/lib/schemas/your-data";
import { deleteAccount } from "./actions";

/** The typed sentence and the current password; success signs out and leaves the settings. */
export function DeleteAccountForm() {
  const [state, formAction] = useActionState(deleteAccount, idleState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="confirmation"
        label={`Type “${DELETE_CONFIRMATION}” to confirm`}
        autoComplete="off"
        required
        defaultValue={echoedValue(state, "confirmation")}
        error={fieldError(state, "confirmation")}
      />
      <TextField
        name="currentPassword"
        id="delete-current-password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={fieldError(state, "currentPassword")}
      />
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
