"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState } from "@/lib/form-state";
import { signOutEverywhere, signOutSession } from "./actions";

/** Ends one session from the list. */
export function SignOutSessionForm({ sessionId, label }: { sessionId: string; label: string }) {
  const [state, formAction] = useActionState(signOutSession, idleState);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Signing out…" aria-label={label}>
        Sign out
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

/** Ends every session, this one included. */
export function SignOutEverywhereForm() {
  const [state, formAction] = useActionState(signOutEverywhere, idleState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel="Signing out everywhere…">
        Sign out everywhere
      </SubmitButton>
    </form>
  );
}
