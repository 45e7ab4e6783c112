"use client";

import { useActionState } from "react";
import Link from "next/link";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { signIn } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(signIn, idleState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={echoedValue(state, "email")}
        error={fieldError(state, "email")}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
      />
      <p className="-mt-2 text-sm">
        <Link className="link" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
      <SubmitButton fullWidth pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-sm text-ink-muted">
        New to Backplane?{" "}
        <Link className="link" href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
