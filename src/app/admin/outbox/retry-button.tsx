"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState } from "@/lib/form-state";
import { retryParkedMailAction } from "./actions";

export function RetryButton({ messageId, label }: { messageId: string; label: string }) {
  const [state, formAction] = useActionState(retryParkedMailAction, idleState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton size="sm" variant="secondary" pendingLabel="Queuing…" aria-label={label}>
        Retry
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
