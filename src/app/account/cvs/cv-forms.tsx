"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, Input, SubmitButton, fieldDescribedBy } from "@/components/ui";
import { MAX_CV_BYTES } from "@/lib/documents/pdf-check";
import { fieldError, idleState } from "@/lib/form-state";
import { deleteCvAction, uploadCvAction } from "./actions";

const HINT = "PDF only, up to 5 MB. Employers see it only when you send it with an application.";

/**
 * Uploading a CV: a plain multipart form, so it works without JavaScript (the server judges the file by
 * its bytes either way). With JavaScript, a file over 5 MB is refused here before it is sent.
 */
export function UploadCvForm() {
  const [state, formAction] = useActionState(uploadCvAction, idleState);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? "This file is larger than 5 MB. Export a smaller PDF and try again." : fieldError(state, "file");
  return (
    // React renders a server action's form as method="POST" encType="multipart/form-data" (and warns if
    // either is set here), so the file is sent without JavaScript too.
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        if (tooLarge) event.preventDefault();
      }}
    >
      <Field label="CV (PDF)" htmlFor="cv-file" hint={HINT} error={error} required>
        <Input
          id="cv-file"
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          required
          invalid={Boolean(error)}
          describedBy={fieldDescribedBy("cv-file", { hint: HINT, error })}
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_CV_BYTES)}
        />
      </Field>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Uploading…">Upload CV</SubmitButton>
    </form>
  );
}

/** Deleting one CV; the copies already sent with applications stay with them (decision 026). */
export function DeleteCvForm({ documentId, filename }: { documentId: string; filename: string }) {
  const [state, formAction] = useActionState(deleteCvAction, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1 sm:items-end">
      <input type="hidden" name="documentId" value={documentId} />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Deleting…" aria-label={`Delete “${filename}”`}>
        Delete
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
