"use client";

import { useActionState } from "react";
import { FormMessage, RadioGroup, SubmitButton, type ButtonVariant } from "@/components/ui";
import { closeReasonLabel, EMPLOYER_CLOSE_REASONS } from "@/lib/close-reasons";
import { fieldError, idleState, type FormState } from "@/lib/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One button acting on the listing (confirm, renew, duplicate, delete); a refusal shows beside it. */
export function ListingActionForm({
  action,
  listingId,
  label,
  pendingLabel,
  variant = "secondary",
}: {
  action: Action;
  listingId: string;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="listingId" value={listingId} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** The confirm step of closing: why it closes, then the button. */
export function CloseListingForm({ action, listingId, applicants }: { action: Action; listingId: string; applicants: number }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="listingId" value={listingId} />
      <RadioGroup
        name="closeReason"
        legend="Why is the role closing?"
        required
        options={EMPLOYER_CLOSE_REASONS.map((reason) => ({ value: reason, label: closeReasonLabel[reason] }))}
        error={fieldError(state, "closeReason")}
      />
      <p className="text-sm text-ink-muted">
        The listing leaves search at once and its page says the role is closed.{" "}
        {applicants > 0
          ? "Every candidate whose application is still in progress gets an email saying so."
          : "Nobody has an application in progress, so no one is emailed."}{" "}
        This cannot be undone; you can duplicate the listing later.
      </p>
      <div>
        <SubmitButton variant="danger" pendingLabel="Closing…">
          Close the listing
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
