import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EligibilityBlock } from "@/components/listings/eligibility-block";
import { PaySummary } from "@/components/listings/pay-summary";
import { PlainText } from "@/components/listings/plain-text";
import { SkillTags } from "@/components/listings/skill-tags";
import { LevelBadge, ListingStatusBadge } from "@/components/ui";
import { formatDate, isoDate } from "@/lib/format";
import { payRangeWarning } from "@/lib/pay-transparency";
import { PIPELINE_ORDER } from "@/components/applications/pipeline-stage";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { countApplicationsByStage, listApplicationsForOwnListing } from "@/server/applications/employer";
import { ACTIVE_STATUSES } from "@/server/applications/lifecycle";
import { getOwnListing } from "@/server/listings/employer";
import { getOwnListingStats } from "@/server/listings/stats";
import { getRegions } from "@/server/listings/public";
import { pageActor } from "@/server/auth/page-actor";
import { RejectionReason, moderatorNoteTitle } from "../rejection-reason";
import { ApplicationList } from "./application-list";
import { DoneMessage, ListingActions, ListingStanding } from "./listing-manage";
import { ListingStatsView } from "./listing-stats";
import { StageFilter } from "./stage-filter";

export const metadata: Metadata = { title: "Listing" };

function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="flex scroll-mt-6 flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

function stageParam(value: string | string[] | undefined): ApplicationStatus | undefined {
  return typeof value === "string" && (PIPELINE_ORDER as readonly string[]).includes(value)
    ? (value as ApplicationStatus)
    : undefined;
}

export default async function EmployerListingPage({ params, searchParams }: PageProps<"/employer/listings/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { done, confirm } = query;
  const stage = stageParam(query.stage);
  const actor = await pageActor("EMPLOYER", `/employer/listings/${id}`);
  if (!actor) return null;
  // Another company's listing and a missing one both answer 404.
  const [listing, applications, counts, regions, stats] = await Promise.all([
    getOwnListing(actor, id),
    listApplicationsForOwnListing(actor, id, stage),
    countApplicationsByStage(actor, id),
    getRegions(),
    getOwnListingStats(actor, id),
  ]);
  if (!listing || !applications || !stats) notFound();
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const warning = payRangeWarning(listing.salaryMin, listing.salaryMax);
  const sent = listing.submittedAt ?? listing.createdAt;
  // From the stage counts, not the (possibly filtered) rows: closing mails every applicant still in play.
  const activeApplicants = ACTIVE_STATUSES.reduce((sum, status) => sum + (counts.get(status) ?? 0), 0);

  return (
    <article aria-labelledby="listing-title" className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/employer/listings">
          Your listings
        </Link>
      </nav>

      <header className="flex flex-col gap-3">
        <h1 id="listing-title" className="max-w-4xl text-3xl font-bold tracking-tight text-ink">
          {listing.title}
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-ink-muted">
          <ListingStatusBadge status={listing.status} />
          <LevelBadge>{listing.level.name}</LevelBadge>
          <span>
            {listing.submittedAt ? "submitted" : "created"} <time dateTime={isoDate(sent)}>{formatDate(sent)}</time>
          </span>
          {listing.status === "PUBLISHED" ? (
            <Link className="link" href={`/jobs/${listing.slug}`}>
              View public page
            </Link>
          ) : null}
        </div>
        <DoneMessage done={done} />
        <ListingStanding listing={listing} />
        {listing.status === "PENDING_REVIEW" && listing.rejectionReason ? (
          <RejectionReason reason={listing.rejectionReason} title={moderatorNoteTitle(listing.status)!} />
        ) : null}
        {warning ? (
          <p className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">{warning}</p>
        ) : null}
      </header>

      <Section id="manage" title="Manage">
        <ListingActions listing={listing} activeApplicants={activeApplicants} confirm={confirm} />
      </Section>

      {listing.publishedAt ? (
        <Section id="stats" title="Views and applications">
          <ListingStatsView stats={stats} />
        </Section>
      ) : null}

      <Section id="applications" title={`Applications (${total})`}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <StageFilter listingId={listing.id} current={stage} counts={counts} total={total} />
          {total > 0 ? (
            <a className="link text-sm" href={`/employer/listings/${listing.id}/applicants.csv`} download>
              Download applicants (CSV)
            </a>
          ) : null}
        </div>
        <ApplicationList listingId={listing.id} applications={applications} filtered={stage !== undefined} />
      </Section>

      <Section id="details" title="Listing details">
        <div className="flex max-w-4xl flex-col gap-6">
          <PaySummary {...listing} />
          <EligibilityBlock {...listing} regions={regions} />
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold text-ink">Skills</h3>
            <SkillTags skills={listing.skills.map((s) => s.skill)} />
          </div>
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold text-ink">Description</h3>
            <PlainText text={listing.description} />
          </div>
          {listing.benefits ? (
            <div className="flex flex-col gap-2">
              <h3 className="font-semibold text-ink">Benefits</h3>
              <PlainText text={listing.benefits} />
            </div>
          ) : null}
        </div>
      </Section>
    </article>
  );
}
