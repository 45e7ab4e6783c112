"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState, type FormState } from "@/lib/form-state";

/** One button that acts on a signed link from a mail (unsubscribe, still open); works without JavaScript. */
export function TokenActionForm({
  action,
  token,
  label,
  pendingLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  token: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
