"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** Withdrawing is final, so it sits behind a disclosure and says what the company will see. */
export function WithdrawForm({ action, applicationId }: { action: Action; applicationId: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <details open={state.status === "error"} className="rounded-md border border-line">
      <summary className="px-4 py-3 text-sm font-medium text-ink">Withdraw this application</summary>
      <form action={formAction} className="space-y-4 border-t border-line px-4 py-4" noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <p className="text-sm text-ink-muted">
          The company will see the application as withdrawn, with your reason if you give one. You cannot undo this.
        </p>
        <TextAreaField
          name="reason"
          label="Reason (optional)"
          rows={3}
          defaultValue={echoedValue(state, "reason")}
          error={fieldError(state, "reason")}
        />
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingLabel="Withdrawing…">
          Withdraw application
        </SubmitButton>
      </form>
    </details>
  );
}
