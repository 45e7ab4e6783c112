"use client";

import { useActionState } from "react";
import { ErrorText, FormMessage, Radio, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { resolveReportsAction } from "./actions";

const OPTIONS = [
  { value: "dismiss", label: "Dismiss", hint: "The listing is fine; it stays up." },
  { value: "return-to-review", label: "Ask the employer to fix it", hint: "Back to the review queue with your note." },
  { value: "unpublish", label: "Unpublish", hint: "Closed as removed by a moderator; its page answers 410." },
  { value: "suspend-company", label: "Suspend the company", hint: "All its listings leave the board until restored." },
];

/**
 * One decision for every open report of a listing. A plain form, so it works without JavaScript. The
 * queue shows many of these at once, so every id carries the listing's id.
 */
export function ResolveForm({ listingId, title }: { listingId: string; title: string }) {
  const [state, formAction] = useActionState(resolveReportsAction, idleState);
  const chosen = echoedValue(state, "resolution");
  const error = fieldError(state, "resolution");
  const errorId = `resolution-${listingId}-error`;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={`Resolve the reports about “${title}”`}>
      <input type="hidden" name="listingId" value={listingId} />
      <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
        <legend className="mb-1 text-sm font-semibold text-ink">Resolve all open reports</legend>
        {error ? <ErrorText id={errorId}>{error}</ErrorText> : null}
        <div className="grid gap-2.5 sm:grid-cols-2">
          {OPTIONS.map((option) => {
            const id = `resolution-${listingId}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-2.5">
                <span className="flex min-h-6 items-center">
                  <Radio
                    id={id}
                    name="resolution"
                    value={option.value}
                    defaultChecked={chosen === option.value}
                    invalid={Boolean(error)}
                    describedBy={`${id}-hint`}
                  />
                </span>
                <span className="flex flex-col">
                  <label htmlFor={id} className="text-sm leading-6 text-ink">
                    {option.label}
                  </label>
                  <span id={`${id}-hint`} className="text-sm text-ink-muted">
                    {option.hint}
                  </span>
                </span>
              </div>
            );
          })}
        </div>
      </fieldset>
      <TextAreaField
        id={`note-${listingId}`}
        name="note"
        label="Note for the employer"
        hint="Needed unless you dismiss; the employer sees it, reporters do not."
        rows={2}
        defaultValue={echoedValue(state, "note")}
        error={fieldError(state, "note")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Resolving…">Resolve</SubmitButton>
    </form>
  );
}
