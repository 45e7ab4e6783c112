"use client";

import Link from "next/link";
import { useActionState } from "react";
import { PipelineStageBadge, stageOptions } from "@/components/applications/pipeline-stage";
import { Checkbox, EmptyState, FormMessage, Select, SelectField, SubmitButton, TextAreaField } from "@/components/ui";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { echoedValue, echoedValues, fieldError, idleState } from "@/lib/form-state";
import { formatDate, isoDate } from "@/lib/format";
import { moveApplicantAction, moveApplicantsAction } from "../../applications/actions";

type Application = {
  id: string;
  status: ApplicationStatus;
  createdAt: Date;
  viewedAt: Date | null;
  rating: number | null;
  candidateName: string;
  /** Null when the candidate deleted their account (the name then reads "Deleted candidate"). */
  candidateEmail: string | null;
  /** The CV sent with the application, served by /documents/<id> to the company's members. */
  cvDocumentId: string | null;
};

const BULK_FORM = "bulk-move";

/** One row's own move form (no message: the applicant's page has the full form). */
function RowMove({ application }: { application: Application }) {
  const [state, action] = useActionState(moveApplicantAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="applicationId" value={application.id} />
      <label className="sr-only" htmlFor={`row-to-${application.id}`}>
        Move {application.candidateName} to
      </label>
      {/* The stage and its button stay on one line: the cell is as wide as both, and the table scrolls in its box on a phone. */}
      <div className="flex items-center gap-2">
        <Select id={`row-to-${application.id}`} name="to" defaultValue="" className="min-h-9 w-auto py-1 text-sm">
          <option value="" disabled>
            Move to…
          </option>
          {stageOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <SubmitButton
          size="sm"
          variant="secondary"
          pendingLabel="Moving…"
          aria-label={`Move ${application.candidateName}`}
          className="shrink-0"
        >
          Move
        </SubmitButton>
      </div>
      {fieldError(state, "to") ? <p className="text-sm text-danger-text">{fieldError(state, "to")}</p> : null}
      <FormMessage state={state} />
    </form>
  );
}

/**
 * The pipeline as a table: tick applicants and move them together (optionally with a message to each),
 * or move one from its row. The checkboxes belong to the bulk form through the `form` attribute, so the
 * rows' own forms are not nested in it and everything works without JavaScript.
 */
export function ApplicationList({
  listingId,
  applications,
  filtered,
}: {
  listingId: string;
  applications: Application[];
  filtered: boolean;
}) {
  const [state, action] = useActionState(moveApplicantsAction, idleState);
  const checked = new Set(echoedValues(state, "applicationIds") ?? []);
  if (applications.length === 0) {
    return (
      <EmptyState
        headingLevel="h3"
        title={filtered ? "Nobody in this stage" : "No applications yet"}
        description={
          filtered
            ? "Choose another stage above, or all stages."
            : "Applications arrive here once the listing is published and candidates apply."
        }
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {/* relative: the rows' visually hidden labels (absolutely positioned) stay inside the scrolling box
          instead of widening the whole page on a phone. */}
      <div className="relative overflow-x-auto rounded-lg border border-line">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Applicants; tick some to move them together with the form below the table.</caption>
          <thead className="bg-surface-muted text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Select</span>
              </th>
              <th scope="col" className="px-3 py-2">
                Candidate
              </th>
              <th scope="col" className="px-3 py-2">
                Stage
              </th>
              <th scope="col" className="px-3 py-2">
                Applied
              </th>
              <th scope="col" className="px-3 py-2">
                Rating
              </th>
              <th scope="col" className="px-3 py-2">
                Move
              </th>
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id} className="border-t border-line align-top">
                <td className="px-3 py-3">
                  <Checkbox
                    form={BULK_FORM}
                    name="applicationIds"
                    value={a.id}
                    defaultChecked={checked.has(a.id)}
                    aria-label={`Select ${a.candidateName}`}
                  />
                </td>
                <td className="px-3 py-3">
                  <Link className="link font-semibold" href={`/employer/applications/${a.id}`}>
                    {a.candidateName}
                  </Link>
                  {a.viewedAt ? null : <span className="ml-2 text-xs font-medium text-accent">unopened</span>}
                  {a.candidateEmail ? (
                    <p className="break-all text-ink-muted">{a.candidateEmail}</p>
                  ) : (
                    <p className="text-ink-muted">This candidate deleted their account.</p>
                  )}
                  {a.cvDocumentId ? (
                    <a className="link" href={`/documents/${a.cvDocumentId}`}>
                      Download CV (PDF)<span className="sr-only"> of {a.candidateName}</span>
                    </a>
                  ) : null}
                </td>
                <td className="px-3 py-3">
                  <PipelineStageBadge status={a.status} />
                </td>
                <td className="px-3 py-3 whitespace-nowrap text-ink-muted">
                  <time dateTime={isoDate(a.createdAt)}>{formatDate(a.createdAt)}</time>
                </td>
                <td className="px-3 py-3 whitespace-nowrap">{a.rating ? `${a.rating} / 5` : "—"}</td>
                <td className="px-3 py-3">
                  <RowMove application={a} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form id={BULK_FORM} action={action} className="flex max-w-2xl flex-col gap-3 rounded-lg border border-line p-4">
        <h3 className="font-semibold text-ink">Move the ticked applicants</h3>
        <input type="hidden" name="listingId" value={listingId} />
        {fieldError(state, "applicationIds") ? (
          <p className="text-sm text-danger-text">{fieldError(state, "applicationIds")}</p>
        ) : null}
        <SelectField
          id="bulk-to"
          name="to"
          label="Move to"
          options={stageOptions}
          placeholder="Choose a stage"
          defaultValue={echoedValue(state, "to") ?? ""}
          error={fieldError(state, "to")}
        />
        <TextAreaField
          id="bulk-message"
          name="message"
          label="Message to each candidate (optional)"
          hint="Sent by mail with the new status, e.g. a kind word with a rejection."
          rows={3}
          defaultValue={echoedValue(state, "message")}
          error={fieldError(state, "message")}
        />
        <SubmitButton pendingLabel="Moving…">Move ticked applicants</SubmitButton>
        <FormMessage state={state} />
      </form>
    </div>
  );
}
