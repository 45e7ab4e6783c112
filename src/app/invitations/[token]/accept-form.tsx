"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState } from "@/lib/form-state";
import { acceptInvitationAction } from "./actions";

export function AcceptForm({ token, companyName }: { token: string; companyName: string }) {
  const [state, action] = useActionState(acceptInvitationAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Joining…" className="self-start">
        Join {companyName}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
