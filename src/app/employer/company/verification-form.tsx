"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { requestVerificationAction } from "./actions";

/** The owner types the part before the @; the link goes to that address on the website's domain. */
export function VerificationForm({ domain }: { domain: string }) {
  const [state, action] = useActionState(requestVerificationAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="address"
        label={`Address at ${domain}`}
        hint={`The part before the @, such as jobs: the link goes to jobs@${domain}. Free mail addresses do not count.`}
        required
        maxLength={254}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.status === "error" ? (echoedValue(state, "address") ?? "") : ""}
        error={fieldError(state, "address")}
      />
      <SubmitButton pendingLabel="Sending…" className="self-start">
        Send the verification link
      </SubmitButton>
    </form>
  );
}
