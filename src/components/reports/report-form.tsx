"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage, RadioGroup, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { REPORT_REASON_LABELS, REPORT_REASONS } from "@/lib/report-reasons";
import { reportListingAction } from "@/app/(public)/jobs/[slug]/report/actions";

const OPTIONS = REPORT_REASONS.map((value) => ({ value, label: REPORT_REASON_LABELS[value] }));

/** What is wrong, and optional details. Works without JavaScript; with it, focus moves to the answer. */
export function ReportForm({ listingId }: { listingId: string }) {
  const [state, formAction] = useActionState(reportListingAction, idleState);
  const confirmation = useRef<HTMLDivElement>(null);
  const succeeded = state.status === "success";
  useEffect(() => {
    if (succeeded) confirmation.current?.focus();
  }, [succeeded]);

  if (succeeded) {
    return (
      <div ref={confirmation} tabIndex={-1}>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="listingId" value={listingId} />
      <RadioGroup
        name="reason"
        legend="What is wrong with it?"
        options={OPTIONS}
        required
        defaultValue={echoedValue(state, "reason")}
        error={fieldError(state, "reason")}
      />
      <TextAreaField
        name="details"
        label="Details"
        hint="Optional, but they help a moderator decide. Needed for “Something else”. Up to 2,000 characters."
        rows={4}
        defaultValue={echoedValue(state, "details")}
        error={fieldError(state, "details")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
    </form>
  );
}
