"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** Editing the note while the company has not opened the application yet. */
export function CoverNoteForm({
  action,
  applicationId,
  coverNote,
}: {
  action: Action;
  applicationId: string;
  coverNote: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextAreaField
        name="coverNote"
        label="Cover note"
        hint="You can change it until the company opens your application."
        rows={8}
        required
        defaultValue={echoedValue(state, "coverNote") ?? coverNote}
        error={fieldError(state, "coverNote")}
      />
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save the cover note
      </SubmitButton>
    </form>
  );
}
