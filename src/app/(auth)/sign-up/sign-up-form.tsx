"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { FormMessage, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { signUp } from "../actions";

type Role = "CANDIDATE" | "EMPLOYER";

export function SignUpForm({ initialRole, callbackUrl }: { initialRole: Role; callbackUrl?: string }) {
  const [state, formAction] = useActionState(signUp, idleState);
  const echoedRole = echoedValue(state, "role");
  const [role, setRole] = useState<Role>(echoedRole === "EMPLOYER" || echoedRole === "CANDIDATE" ? echoedRole : initialRole);
  const roleError = fieldError(state, "role");
  if (state.status === "success") {
    // The same answer for a new address and a taken one (docs/decisions/021-accounts-by-mail.md).
    return (
      <div className="space-y-4">
        <h2 className="text-xl font-semibold text-ink">Check your inbox</h2>
        <FormMessage state={state} />
        <p className="text-sm text-ink-muted">
          No message after a few minutes? Look in your spam folder, or{" "}
          <Link className="link" href="/verify-email">
            ask for a new link
          </Link>
          . You can{" "}
          <Link className="link" href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}>
            sign in
          </Link>{" "}
          and look around meanwhile; applying and posting wait until the address is confirmed.
        </p>
        {role === "CANDIDATE" ? (
          <p className="text-sm text-ink">
            Next step: once signed in,{" "}
            <Link className="link" href={`/sign-in?callbackUrl=${encodeURIComponent("/account/profile")}`}>
              set up your profile
            </Link>{" "}
            with your country, timezone and work authorisations, so every listing tells you whether you can take it.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <fieldset aria-describedby={roleError ? "role-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-ink">I am…</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {(
            [
              ["CANDIDATE", "Looking for a role", "Browse and apply to remote architect roles."],
              ["EMPLOYER", "Hiring", "Post roles for your company and review applicants."],
            ] as const
          ).map(([value, title, hint]) => (
            <label
              key={value}
              className="flex cursor-pointer gap-3 rounded-md border border-line-strong p-3 has-checked:border-accent has-checked:bg-accent-soft"
            >
              <input
                type="radio"
                name="role"
                value={value}
                checked={role === value}
                onChange={() => setRole(value)}
                className="mt-1 accent-accent"
              />
              <span>
                <span className="block font-medium text-ink">{title}</span>
                <span className="block text-sm text-ink-muted">{hint}</span>
              </span>
            </label>
          ))}
        </div>
        {roleError ? (
          <p id="role-error" className="mt-1 text-sm text-danger">
            {roleError}
          </p>
        ) : null}
      </fieldset>
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={echoedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      {/* Always rendered so the form also works without JavaScript; only employers need to fill it. */}
      <TextField
        name="companyName"
        label="Company name"
        hint={role === "EMPLOYER" ? "The company you are hiring for." : "Only if you are hiring."}
        autoComplete="organization"
        defaultValue={echoedValue(state, "companyName")}
        error={fieldError(state, "companyName")}
      />
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
        hint="At least 10 characters."
        autoComplete="new-password"
        required
        error={fieldError(state, "password")}
      />
      <SubmitButton fullWidth pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-sm text-ink-muted">
        Already have an account?{" "}
        <Link className="link" href="/sign-in">
          Sign in
        </Link>
      </p>
    </form>
  );
}
