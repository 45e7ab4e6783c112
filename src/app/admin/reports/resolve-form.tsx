"use client";

import { useActionState } from "react";
import { FormMessage, RadioGroup, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { resolveReportsAction } from "./actions";

const OPTIONS = [
  { value: "dismiss", label: "Dismiss", hint: "The listing is fine; it stays up." },
  { value: "return-to-review", label: "Ask the employer to fix it", hint: "Back to the review queue with your note." },
  { value: "unpublish", label: "Unpublish", hint: "Closed as removed by a moderator; its page answers 410." },
  { value: "suspend-company", label: "Suspend the company", hint: "All its listings leave the board until restored." },
];

/** One decision for every open report of a listing. A plain form, so it works without JavaScript. */
export function ResolveForm({ listingId, title }: { listingId: string; title: string }) {
  const [state, formAction] = useActionState(resolveReportsAction, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={`Resolve the reports about “${title}”`}>
      <input type="hidden" name="listingId" value={listingId} />
      <RadioGroup
        name="resolution"
        legend="Resolve all open reports"
        options={OPTIONS}
        required
        defaultValue={echoedValue(state, "resolution")}
        error={fieldError(state, "resolution")}
      />
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
