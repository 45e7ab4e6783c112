"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState, type FormState } from "@/lib/form-state";
import { ListingFormBasics } from "./listing-form-basics";
import { ListingFormEligibility } from "./listing-form-eligibility";
import { ListingFormErrorSummary } from "./listing-form-error-summary";
import { ListingFormFacts } from "./listing-form-facts";
import { ListingFormPay } from "./listing-form-pay";
import { ListingFormSkills } from "./listing-form-skills";
import { ListingFormTransparency } from "./listing-form-transparency";
import type { ListingFormChoices } from "./listing-form-types";

type Props = ListingFormChoices & {
  /** The server action, passed straight to useActionState so the form also posts without JavaScript. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** An existing listing: its id travels with the form, and its stored values fill the fields. */
  listing?: { id: string; values: FormValues };
  /** The primary button (intent "submit"), and the optional secondary one (intent "save"). */
  submitLabel?: string;
  saveLabel?: string;
  note?: string;
};

type FormValues = Extract<FormState, { status: "error" }>["values"];

/** The fields read their starting values the way they read echoed input, so a stored listing fills them the same way. */
function prefilled(values: FormValues): FormState {
  return { status: "error", message: "", fieldErrors: {}, values };
}

/**
 * A new version each time the action answers. React resets an uncontrolled form after its action;
 * remounting the fields under a new key instead makes every control (selects and checkboxes too)
 * start again from the values the server echoed back.
 */
function useAnswerCount(state: FormState): number {
  const [seen, setSeen] = useState({ state, count: 0 });
  if (seen.state !== state) setSeen({ state, count: seen.count + 1 });
  return seen.count;
}

export function ListingForm({
  action,
  listing,
  submitLabel = "Submit for review",
  saveLabel,
  note = "You can see its status under “Your listings” once it is sent.",
  ...choices
}: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const fields = state.status === "idle" && listing ? prefilled(listing.values) : state;
  const answers = useAnswerCount(state);
  const summaryRef = useRef<HTMLDivElement>(null);

  // After a refused submission, move focus to the list of problems (it links to each field).
  useEffect(() => {
    if (answers > 0 && state.status === "error") summaryRef.current?.focus();
  }, [answers, state.status]);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-8" aria-describedby="listing-form-intro">
      <p id="listing-form-intro" className="text-sm text-ink-muted">
        Every field marked required must be filled in. A moderator reviews each listing before it is published.
      </p>
      <FormMessage state={state} />
      <ListingFormErrorSummary state={state} ref={summaryRef} />
      {listing ? <input type="hidden" name="listingId" value={listing.id} /> : null}
      <div key={answers} className="flex flex-col gap-8">
        <ListingFormBasics state={fields} levels={choices.levels} />
        <ListingFormPay state={fields} currencies={choices.currencies} />
        <ListingFormEligibility state={fields} regions={choices.regions} />
        <ListingFormSkills state={fields} skillGroups={choices.skillGroups} />
        <ListingFormFacts state={fields} />
        <ListingFormTransparency state={fields} regions={choices.regions} today={choices.today} />
      </div>
      <div className="flex flex-col gap-3 border-t border-line pt-6 sm:flex-row sm:flex-wrap sm:items-center">
        {/* The first submit button is the one Enter presses. The pressed button's intent travels with the form. */}
        <SubmitButton name="intent" value="submit" pendingLabel="Sending…">
          {submitLabel}
        </SubmitButton>
        {saveLabel ? (
          <SubmitButton name="intent" value="save" variant="secondary" pendingLabel="Saving…">
            {saveLabel}
          </SubmitButton>
        ) : null}
        <p className="text-sm text-ink-muted">{note}</p>
      </div>
    </form>
  );
}
