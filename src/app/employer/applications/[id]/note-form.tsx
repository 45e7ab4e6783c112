"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { addApplicationNoteAction } from "../actions";

export function NoteForm({ applicationId }: { applicationId: string }) {
  const [state, action] = useActionState(addApplicationNoteAction, idleState);
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-3">
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextAreaField
        name="body"
        label="Add a note"
        rows={3}
        defaultValue={echoedValue(state, "body")}
        error={fieldError(state, "body")}
      />
      <SubmitButton variant="secondary" pendingLabel="Adding…" className="self-start">
        Add note
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
