import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { CoverNoteForm } from "@/components/applications/cover-note-form";
import { WithdrawForm } from "@/components/applications/withdraw-form";
import { ListingStateBadge } from "@/components/candidates/listing-state-badge";
import { Card, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { candidateListingState } from "@/lib/listing-lifecycle";
import { idSchema } from "@/lib/schemas/ids";
import { getOwnApplication } from "@/server/applications/candidate";
import { ACTIVE_STATUSES } from "@/server/applications/lifecycle";
import { pageActor } from "@/server/auth/page-actor";
import { editCoverNoteAction, withdrawApplicationAction } from "../actions";

export const metadata: Metadata = { title: "Application" };

const eventText = {
  NEW: "Application sent",
  REVIEWING: "Being reviewed",
  INTERVIEW: "Invited to interview",
  OFFER: "Offer made",
  HIRED: "Hired",
  REJECTED: "Not progressing",
  WITHDRAWN: "You withdrew",
} as const;

export default async function ApplicationPage({ params }: PageProps<"/account/applications/[id]">) {
  const { id } = await params;
  const actor = await pageActor("CANDIDATE", `/account/applications/${id}`);
  if (!actor) return null;
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const application = (await getOwnApplication(actor, parsedId.data)) ?? notFound();
  const active = (ACTIVE_STATUSES as readonly string[]).includes(application.status);
  const editable = active && application.viewedAt === null;
  const open = candidateListingState(application.listing) === "open";
  return (
    <div className="space-y-4">
      <PageHeader title={application.listing.title} description={application.listing.company.name} />
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <dt className="text-sm text-ink-muted">Status</dt>
          <dd>
            <ApplicationStatusBadge status={application.status} />
          </dd>
          <dt className="text-sm text-ink-muted">The listing</dt>
          <dd>
            <ListingStateBadge listing={application.listing} />
          </dd>
          <dt className="text-sm text-ink-muted">Applied</dt>
          <dd>{formatDate(application.createdAt)}</dd>
          <dt className="text-sm text-ink-muted">Opened by the company</dt>
          <dd>{application.viewedAt ? formatDate(application.viewedAt) : "Not yet"}</dd>
          {editable ? null : (
            <>
              <dt className="text-sm text-ink-muted">Cover note</dt>
              <dd className="whitespace-pre-line">{application.coverNote}</dd>
            </>
          )}
        </dl>
      </Card>
      {editable ? (
        <Card>
          <CoverNoteForm action={editCoverNoteAction} applicationId={application.id} coverNote={application.coverNote} />
        </Card>
      ) : null}
      <Card as="section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold text-ink">
          Timeline
        </h2>
        <ol className="flex flex-col gap-3">
          {application.events.map((event) => (
            <li key={event.id} className="border-l-2 border-line pl-3">
              <p className="text-sm font-medium text-ink">
                {event.toStatus === "WITHDRAWN" && event.actorKind !== "CANDIDATE" ? "Withdrawn" : eventText[event.toStatus]}
                <span className="font-normal text-ink-muted"> · {formatDate(event.createdAt)}</span>
              </p>
              {event.message ? <p className="mt-1 text-sm whitespace-pre-line text-ink-muted">{event.message}</p> : null}
            </li>
          ))}
        </ol>
      </Card>
      {active ? <WithdrawForm action={withdrawApplicationAction} applicationId={application.id} /> : null}
      {open ? (
        <Link className="link" href={`/jobs/${application.listing.slug}`}>
          View the listing
        </Link>
      ) : null}
    </div>
  );
}
