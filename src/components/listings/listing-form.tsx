"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui";
import { idleState, type FormState } from "@/lib/form-state";
import { ListingFormBasics } from "./listing-form-basics";
import { ListingFormEligibility } from "./listing-form-eligibility";
import { ListingFormErrorSummary } from "./listing-form-error-summary";
import { ListingFormPay } from "./listing-form-pay";
import { ListingFormSkills } from "./listing-form-skills";
import type { ListingFormChoices } from "./listing-form-types";

type Props = ListingFormChoices & {
  /** The server action, passed straight to useActionState so the form also posts without JavaScript. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

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

export function ListingForm({ action, ...choices }: Props) {
  const [state, formAction] = useActionState(action, idleState);
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
      <div key={answers} className="flex flex-col gap-8">
        <ListingFormBasics state={state} levels={choices.levels} />
        <ListingFormPay state={state} currencies={choices.currencies} />
        <ListingFormEligibility state={state} regions={choices.regions} />
        <ListingFormSkills state={state} skillGroups={choices.skillGroups} />
      </div>
      <div className="flex flex-col gap-3 border-t border-line pt-6 sm:flex-row sm:items-center">
        <SubmitButton pendingLabel="Submitting…">Submit for review</SubmitButton>
        <p className="text-sm text-ink-muted">You can see its status under “Your listings” once it is sent.</p>
      </div>
    </form>
  );
}
