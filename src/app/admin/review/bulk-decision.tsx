"use client";

import { useActionState } from "react";
import { Button, FormMessage, SelectField, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { REJECT_PRESET_KEYS, REJECT_PRESET_LABELS } from "@/lib/reject-presets";
import { decideListingsAction } from "./actions";

export const BULK_FORM_ID = "bulk-review";

const PRESETS = REJECT_PRESET_KEYS.map((key) => ({ value: key, label: REJECT_PRESET_LABELS[key] }));

/**
 * Decides every listing ticked in the queue (their checkboxes join this form through form="bulk-review"),
 * with each card's version (its hidden `version.<id>` input joins the form the same way): approving publishes
 * only the listings still as the queue showed them and names the rest; rejecting is all or nothing.
 * Without JavaScript it is a plain form with two submit buttons.
 */
export function BulkDecision() {
  const [state, formAction] = useActionState(decideListingsAction, idleState);
  return (
    <form id={BULK_FORM_ID} action={formAction} className="flex flex-col gap-3" aria-label="Decide the ticked listings">
      <p className="text-sm text-ink-muted">Tick listings below, then decide them together.</p>
      {["listingIds", "versions"].map((field) =>
        fieldError(state, field) ? (
          <p key={field} className="text-sm font-medium text-danger-text">
            {fieldError(state, field)}
          </p>
        ) : null,
      )}
      <details className="rounded-md border border-line px-3 py-2" open={Boolean(fieldError(state, "reason")) || undefined}>
        <summary className="cursor-pointer text-sm font-medium text-ink">Reason, for rejecting</summary>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          <SelectField
            id="bulk-preset"
            name="preset"
            label="Reason"
            placeholder="Write your own"
            options={PRESETS}
            defaultValue={echoedValue(state, "preset") ?? ""}
            error={fieldError(state, "preset")}
          />
          <TextAreaField
            id="bulk-reason"
            name="reason"
            label="In your words"
            hint="Every employer of the ticked listings sees it."
            rows={2}
            defaultValue={echoedValue(state, "reason")}
            error={fieldError(state, "reason")}
          />
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve">
          Approve ticked
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger">
          Reject ticked
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
