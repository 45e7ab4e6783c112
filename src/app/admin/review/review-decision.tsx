"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { approveListingAction, rejectListingAction } from "./actions";

/** Approve, or reject with a reason the employer will read. Two forms, so each works without JavaScript. */
export function ReviewDecision({ listingId, title }: { listingId: string; title: string }) {
  const [approveState, approve] = useActionState(approveListingAction, idleState);
  const [rejectState, reject] = useActionState(rejectListingAction, idleState);
  return (
    <div className="grid gap-4 md:grid-cols-[auto_1fr] md:items-start">
      <form action={approve} className="space-y-2">
        <input type="hidden" name="listingId" value={listingId} />
        <SubmitButton pendingLabel="Approving…" aria-label={`Approve “${title}”`}>
          Approve and publish
        </SubmitButton>
        <FormMessage state={approveState} />
      </form>
      <form action={reject} className="space-y-2">
        <input type="hidden" name="listingId" value={listingId} />
        <TextAreaField
          id={`reason-${listingId}`}
          name="reason"
          label="Reason for rejecting"
          hint="The employer sees this text."
          rows={2}
          defaultValue={echoedValue(rejectState, "reason")}
          error={fieldError(rejectState, "reason")}
        />
        <SubmitButton variant="danger" pendingLabel="Rejecting…" aria-label={`Reject “${title}”`}>
          Reject
        </SubmitButton>
        <FormMessage state={rejectState} />
      </form>
    </div>
  );
}
