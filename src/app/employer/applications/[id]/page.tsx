import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PipelineStageBadge, pipelineStageView } from "@/components/applications/pipeline-stage";
import { EligibilityVerdict } from "@/components/listings/eligibility-verdict";
import { PlainText } from "@/components/listings/plain-text";
import { Card } from "@/components/ui";
import { formatDate, isoDate } from "@/lib/format";
import { getApplicationForCompany } from "@/server/applications/pipeline";
import { pageActor } from "@/server/auth/page-actor";
import { MoveForm } from "../move-form";
import { NoteForm } from "./note-form";
import { RatingForm } from "./rating-form";

export const metadata: Metadata = { title: "Applicant" };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

const actorKindLabel = { CANDIDATE: "the candidate", COMPANY: "your team", SYSTEM: "Backplane" } as const;

export default async function EmployerApplicationPage({ params }: PageProps<"/employer/applications/[id]">) {
  const { id } = await params;
  const actor = await pageActor("EMPLOYER", `/employer/applications/${id}`);
  if (!actor) return null;
  // Another company's application and a missing one both answer 404 (and nothing is marked viewed).
  const application = (await getApplicationForCompany(actor, id)) ?? notFound();

  return (
    <article aria-labelledby="applicant-name" className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href={`/employer/listings/${application.listing.id}#applications`}>
          {application.listing.title}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 id="applicant-name" className="text-3xl font-bold tracking-tight text-ink">
          {application.candidate.name}
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-ink-muted">
          <PipelineStageBadge status={application.status} />
          {application.candidate.email ? (
            <a className="link break-all" href={`mailto:${application.candidate.email}`}>
              {application.candidate.email}
            </a>
          ) : (
            <span>This candidate deleted their account.</span>
          )}
          {application.cvDocumentId ? (
            <a className="link" href={`/documents/${application.cvDocumentId}`}>
              Download CV (PDF)
            </a>
          ) : null}
          <span>
            applied <time dateTime={isoDate(application.createdAt)}>{formatDate(application.createdAt)}</time>
          </span>
        </div>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-8">
          <Section id="cover-note" title="Cover note">
            <PlainText text={application.coverNote} />
          </Section>

          <Section id="timeline" title="Timeline">
            <ol className="flex flex-col gap-3 border-l border-line pl-4 text-sm">
              {application.events.map((event) => (
                <li key={event.id}>
                  <p className="text-ink">
                    {event.fromStatus ? (
                      <>
                        Moved from {pipelineStageView[event.fromStatus].label} to {pipelineStageView[event.toStatus].label} by{" "}
                        {actorKindLabel[event.actorKind]}
                      </>
                    ) : (
                      <>Application sent</>
                    )}{" "}
                    <span className="text-ink-muted">
                      · <time dateTime={event.createdAt.toISOString()}>{formatDate(event.createdAt)}</time>
                    </span>
                  </p>
                  {event.message ? <p className="mt-1 whitespace-pre-line text-ink-muted">“{event.message}”</p> : null}
                </li>
              ))}
            </ol>
          </Section>

          <Section id="notes" title="Team notes">
            <p className="text-sm text-ink-muted">Only your company&apos;s members see these notes; the candidate never does.</p>
            {application.notes.length === 0 ? (
              <p className="text-sm text-ink-muted">No notes yet.</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {application.notes.map((note) => (
                  <li key={note.id}>
                    <Card padding="sm" className="flex flex-col gap-1 text-sm">
                      <p className="text-ink-muted">
                        {note.author?.name ?? "A former member"} ·{" "}
                        <time dateTime={note.createdAt.toISOString()}>{formatDate(note.createdAt)}</time>
                      </p>
                      <p className="whitespace-pre-line text-ink">{note.body}</p>
                    </Card>
                  </li>
                ))}
              </ul>
            )}
            <NoteForm applicationId={application.id} />
          </Section>
        </div>

        <aside className="flex flex-col gap-6">
          <Card as="section" aria-labelledby="move-heading" className="flex flex-col gap-3">
            <h2 id="move-heading" className="font-semibold text-ink">
              Move this applicant
            </h2>
            <MoveForm applicationId={application.id} candidateName={application.candidate.name} />
          </Card>
          <Card as="section" aria-labelledby="rating-heading" className="flex flex-col gap-3">
            <h2 id="rating-heading" className="font-semibold text-ink">
              Rating
            </h2>
            <RatingForm applicationId={application.id} rating={application.rating} />
          </Card>
          {application.eligibility ? (
            <EligibilityVerdict result={application.eligibility} audience="employer" />
          ) : (
            <Card as="section">
              <p className="text-sm text-ink-muted">
                The candidate has not filled in where they live and may work, so there is no eligibility verdict.
              </p>
            </Card>
          )}
        </aside>
      </div>
    </article>
  );
}
