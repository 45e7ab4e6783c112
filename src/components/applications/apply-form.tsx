"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { applyAction } from "@/app/account/applications/actions";

export function ApplyForm({ listingId }: { listingId: string }) {
  const [state, formAction] = useActionState(applyAction, idleState);
  if (state.status === "success") {
    return <FormMessage state={state} />;
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="listingId" value={listingId} />
      <TextAreaField
        name="coverNote"
        label="Cover note"
        hint="A few lines on the systems you have designed and why this role fits. 20–5,000 characters."
        rows={6}
        required
        defaultValue={echoedValue(state, "coverNote")}
        error={fieldError(state, "coverNote")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…">Send application</SubmitButton>
    </form>
  );
}
