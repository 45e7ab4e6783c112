"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { invitationSignUpAction } from "./actions";

/** A new account for the invited address: no email or company field, the invitation decides both. */
export function InvitationSignUpForm({ token, email, companyName }: { token: string; email: string; companyName: string }) {
  const [state, action] = useActionState(invitationSignUpAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-ink">
        Your account will use <strong className="break-all">{email}</strong>, the address this invitation was sent to.
      </p>
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={echoedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        hint="At least 10 characters."
        autoComplete="new-password"
        required
        error={fieldError(state, "password")}
      />
      <SubmitButton pendingLabel="Creating your account…" className="self-start">
        Create an account to join {companyName}
      </SubmitButton>
    </form>
  );
}
