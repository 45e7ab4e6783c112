"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { REJECT_PRESET_KEYS, REJECT_PRESET_LABELS } from "@/lib/reject-presets";
import { approveListingAction, rejectListingAction } from "./actions";

const PRESET_OPTIONS = REJECT_PRESET_KEYS.map((key) => ({ value: key, label: REJECT_PRESET_LABELS[key] }));

/**
 * Approve, or reject with a reason the employer will read: a preset, your own words, or both. The reject
 * form opens on demand (a <details>, so no script is needed) to keep the queue compact. Two forms, so each
 * works without JavaScript.
 */
export function ReviewDecision({ listingId, title, version }: { listingId: string; title: string; version: number }) {
  const [approveState, approve] = useActionState(approveListingAction, idleState);
  const [rejectState, reject] = useActionState(rejectListingAction, idleState);
  const rejecting = rejectState.status === "error";
  return (
    // Side by side from sm up, so each row of the queue stays short; the reject box takes the rest of the line.
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <form action={approve} className="space-y-2 sm:shrink-0">
        <input type="hidden" name="listingId" value={listingId} />
        {/* The content this page showed: an edit the employer saves meanwhile turns the approval into a conflict. */}
        <input type="hidden" name="version" value={version} />
        <SubmitButton pendingLabel="Approving…" aria-label={`Approve “${title}”`} data-approve>
          Approve and publish
        </SubmitButton>
        <FormMessage state={approveState} />
      </form>
      <details open={rejecting || undefined} className="rounded-md border border-line px-3 py-2 sm:min-w-0 sm:flex-1">
        <summary className="cursor-pointer text-sm font-medium text-ink">
          Reject…<span className="sr-only"> “{title}”</span>
        </summary>
        <form action={reject} className="mt-3 space-y-3">
          <input type="hidden" name="listingId" value={listingId} />
          <SelectField
            id={`preset-${listingId}`}
            name="preset"
            label="Reason"
            placeholder="Write your own below"
            options={PRESET_OPTIONS}
            defaultValue={echoedValue(rejectState, "preset") ?? ""}
            error={fieldError(rejectState, "preset")}
          />
          <TextAreaField
            id={`reason-${listingId}`}
            name="reason"
            label="In your words"
            hint="Added after the chosen reason. The employer sees this text."
            rows={2}
            defaultValue={echoedValue(rejectState, "reason")}
            error={fieldError(rejectState, "reason")}
          />
          <SubmitButton variant="danger" pendingLabel="Rejecting…" aria-label={`Reject “${title}”`}>
            Reject
          </SubmitButton>
          <FormMessage state={rejectState} />
        </form>
      </details>
    </div>
  );
}
