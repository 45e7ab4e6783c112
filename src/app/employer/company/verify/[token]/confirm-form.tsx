"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState } from "@/lib/form-state";
import { confirmVerificationAction } from "../../actions";

export function ConfirmVerificationForm({ token, domain }: { token: string; domain: string }) {
  const [state, action] = useActionState(confirmVerificationAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Verifying…" className="self-start">
        Verify {domain}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
