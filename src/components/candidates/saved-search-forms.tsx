"use client";

import { useActionState } from "react";
import { ErrorText, FormMessage, Radio, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState, type FormState } from "@/lib/form-state";
import { alertFrequencyLabel, type AlertFrequencySlug } from "@/lib/schemas/saved-search";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const frequencyOptions = (["daily", "weekly", "off"] as const).map((value) => ({ value, label: alertFrequencyLabel[value] }));

function Fields({
  state,
  name,
  frequency,
  idPrefix,
}: {
  state: FormState;
  name: string;
  frequency: AlertFrequencySlug;
  idPrefix: string;
}) {
  const error = fieldError(state, "frequency");
  const chosen = echoedValue(state, "frequency") ?? frequency;
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label="Name"
        required
        defaultValue={echoedValue(state, "name") ?? name}
        error={fieldError(state, "name")}
      />
      {/* Its own radios, not RadioGroup: the ids carry the search's id, as several forms share the page. */}
      <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${idPrefix}-frequency-error` : undefined}>
        <legend className="mb-1 text-sm font-semibold text-ink">New matching roles by email</legend>
        {error ? <ErrorText id={`${idPrefix}-frequency-error`}>{error}</ErrorText> : null}
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {frequencyOptions.map((option) => (
            <div key={option.value} className="flex items-center gap-2">
              <Radio
                id={`${idPrefix}-frequency-${option.value}`}
                name="frequency"
                value={option.value}
                defaultChecked={chosen === option.value}
                invalid={Boolean(error)}
              />
              <label htmlFor={`${idPrefix}-frequency-${option.value}`} className="text-sm text-ink">
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** "Save this search" from /jobs: the search travels as its canonical parameters. */
export function CreateSavedSearchForm({ action, query, name }: { action: Action; query: string; name: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="query" value={query} />
      <Fields state={state} name={name} frequency="daily" idPrefix="new" />
      {fieldError(state, "query") ? <FormMessage tone="error">{fieldError(state, "query")}</FormMessage> : null}
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save this search</SubmitButton>
    </form>
  );
}

/** Rename, change how often it mails, or delete one saved search. */
export function EditSavedSearchForm({
  updateAction,
  deleteAction,
  id,
  name,
  frequency,
}: {
  updateAction: Action;
  deleteAction: Action;
  id: string;
  name: string;
  frequency: AlertFrequencySlug;
}) {
  const [state, formAction] = useActionState(updateAction, idleState);
  const [deleteState, deleteFormAction] = useActionState(deleteAction, idleState);
  return (
    <div className="space-y-3">
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="savedSearchId" value={id} />
        <Fields state={state} name={name} frequency={frequency} idPrefix={`search-${id}`} />
        <FormMessage state={state} />
        <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…">
          Save changes
        </SubmitButton>
      </form>
      <form action={deleteFormAction}>
        <input type="hidden" name="savedSearchId" value={id} />
        <FormMessage state={deleteState} />
        <SubmitButton variant="ghost" size="sm" pendingLabel="Deleting…">
          Delete<span className="sr-only"> the saved search {name}</span>
        </SubmitButton>
      </form>
    </div>
  );
}
