"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { applyAction } from "@/app/account/applications/actions";

/**
 * The cover note and the send button. Works without JavaScript (the apply page posts it); with it, focus
 * moves to the confirmation so keyboard and screen reader users land on what happened.
 */
export function ApplyForm({ listingId, onApplied }: { listingId: string; onApplied?: () => void }) {
  const [state, formAction] = useActionState(applyAction, idleState);
  const confirmation = useRef<HTMLDivElement>(null);
  const succeeded = state.status === "success";
  useEffect(() => {
    if (!succeeded) return;
    confirmation.current?.focus();
    onApplied?.();
  }, [succeeded, onApplied]);

  if (succeeded) {
    return (
      <div ref={confirmation} tabIndex={-1}>
        <FormMessage state={state} />
      </div>
    );
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
