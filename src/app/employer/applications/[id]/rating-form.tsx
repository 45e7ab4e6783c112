"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { rateApplicationAction } from "../actions";

const options = [
  { value: "", label: "Not rated" },
  { value: "1", label: "1 — not a fit" },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
  { value: "4", label: "4" },
  { value: "5", label: "5 — strong fit" },
];

/** The team's private 1–5 rating; choosing "Not rated" clears it. */
export function RatingForm({ applicationId, rating }: { applicationId: string; rating: number | null }) {
  const [state, action] = useActionState(rateApplicationAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="applicationId" value={applicationId} />
      <SelectField
        id="rating"
        name="rating"
        label="Your team's rating"
        hint="Private to your company."
        options={options}
        defaultValue={echoedValue(state, "rating") ?? (rating ? String(rating) : "")}
        error={fieldError(state, "rating")}
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…" className="self-start">
        Save rating
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
