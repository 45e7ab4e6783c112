"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { approveEditAction, rejectEditAction } from "./actions";

/**
 * Approve the edit, or turn it down with a reason the employer reads. Both name the version shown
 * (`version`), so a newer edit sent meanwhile is not decided unseen. Two forms: each works without JavaScript.
 */
export function EditDecision({ listingId, version, title }: { listingId: string; version: number; title: string }) {
  const [approveState, approve] = useActionState(approveEditAction, idleState);
  const [rejectState, reject] = useActionState(rejectEditAction, idleState);
  return (
    <div className="grid gap-4 md:grid-cols-[auto_1fr] md:items-start">
      <form action={approve} className="space-y-2">
        <input type="hidden" name="listingId" value={listingId} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton pendingLabel="Publishing…" aria-label={`Approve the edit of “${title}”`}>
          Approve and publish the edit
        </SubmitButton>
        <FormMessage state={approveState} />
      </form>
      <form action={reject} className="space-y-2">
        <input type="hidden" name="listingId" value={listingId} />
        <input type="hidden" name="version" value={version} />
        <TextAreaField
          id={`edit-reason-${listingId}`}
          name="reason"
          label="Reason for turning the edit down"
          hint="The employer sees this text. The live version stays as it is."
          rows={2}
          defaultValue={echoedValue(rejectState, "reason")}
          error={fieldError(rejectState, "reason")}
        />
        <SubmitButton variant="danger" pendingLabel="Turning down…" aria-label={`Turn down the edit of “${title}”`}>
          Turn the edit down
        </SubmitButton>
        <FormMessage state={rejectState} />
      </form>
    </div>
  );
}
