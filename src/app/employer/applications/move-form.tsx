"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { stageOptions } from "@/components/applications/pipeline-stage";
import { moveApplicantAction } from "./actions";

/** Moves one applicant, optionally with a message the candidate receives by mail. */
export function MoveForm({ applicationId, candidateName }: { applicationId: string; candidateName: string }) {
  const [state, action] = useActionState(moveApplicantAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="applicationId" value={applicationId} />
      <SelectField
        id={`to-${applicationId}`}
        name="to"
        label="Move to"
        options={stageOptions}
        placeholder="Choose a stage"
        defaultValue={echoedValue(state, "to") ?? ""}
        error={fieldError(state, "to")}
      />
      <TextAreaField
        id={`message-${applicationId}`}
        name="message"
        label="Message to the candidate (optional)"
        hint="Sent by mail with the new status."
        rows={3}
        defaultValue={echoedValue(state, "message")}
        error={fieldError(state, "message")}
      />
      <SubmitButton pendingLabel="Moving…" aria-label={`Move ${candidateName}`}>
        Move
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
