"use client";

import { useActionState, useEffect, useRef } from "react";
import Link from "next/link";
import { FormMessage, RadioGroup, SubmitButton, TextAreaField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { applyAction } from "@/app/account/applications/actions";

export type CvChoice = { id: string; filename: string };

/** The candidate's CVs to attach, newest first; the first is chosen unless they pick another or none. */
function CvField({ cvs, chosen, error }: { cvs: CvChoice[]; chosen: string | undefined; error: string | undefined }) {
  if (cvs.length === 0) {
    return (
      <p className="text-sm text-ink-muted">
        No CV to attach yet.{" "}
        <Link className="link" href="/account/cvs">
          Upload one
        </Link>{" "}
        first if you want to send it, or apply with your cover note alone.
      </p>
    );
  }
  return (
    <RadioGroup
      name="cvDocumentId"
      legend="CV"
      hint={
        <>
          The company you apply to can download the CV you send; it stays with this application even if you delete it later.{" "}
          <Link className="link" href="/account/cvs">
            Manage your CVs
          </Link>
        </>
      }
      options={[...cvs.map((cv) => ({ value: cv.id, label: cv.filename })), { value: "", label: "Send no CV" }]}
      defaultValue={chosen ?? cvs[0]!.id}
      error={error}
    />
  );
}

/**
 * The CV choice (when the page knows the candidate's CVs), the cover note and the send button. Works
 * without JavaScript (the apply page posts it); with it, focus moves to the confirmation so keyboard and
 * screen reader users land on what happened.
 */
export function ApplyForm({
  listingId,
  slug,
  cvs,
  onApplied,
}: {
  listingId: string;
  slug: string;
  /** Undefined on the listing page's island, which links to the apply page to attach a CV. */
  cvs?: CvChoice[];
  onApplied?: () => void;
}) {
  const [state, formAction] = useActionState(applyAction, idleState);
  const confirmation = useRef<HTMLDivElement>(null);
  const succeeded = state.status === "success";
  useEffect(() => {
    if (!succeeded) return;
    confirmation.current?.focus();
    onApplied?.();
  }, [succeeded, onApplied]);

  if (succeeded) {
    return (
      <div ref={confirmation} tabIndex={-1}>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="listingId" value={listingId} />
      {cvs ? (
        <CvField cvs={cvs} chosen={echoedValue(state, "cvDocumentId")} error={fieldError(state, "cvDocumentId")} />
      ) : (
        <p className="text-sm text-ink-muted">
          To attach one of your CVs,{" "}
          <Link className="link" href={`/jobs/${slug}/apply`}>
            apply from the application page
          </Link>
          .
        </p>
      )}
      <TextAreaField
        name="coverNote"
        label="Cover note"
        hint="A few lines on the systems you have designed and why this role fits. 20–5,000 characters."
        rows={6}
        required
        defaultValue={echoedValue(state, "coverNote")}
        error={fieldError(state, "coverNote")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…">Send application</SubmitButton>
    </form>
  );
}
