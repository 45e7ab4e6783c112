import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EligibilityBlock } from "@/components/listings/eligibility-block";
import { PaySummary } from "@/components/listings/pay-summary";
import { PlainText } from "@/components/listings/plain-text";
import { SkillTags } from "@/components/listings/skill-tags";
import { LevelBadge, ListingStatusBadge } from "@/components/ui";
import { formatDate, isoDate, plural } from "@/lib/format";
import { payRangeWarning } from "@/lib/pay-transparency";
import { listApplicationsForOwnListing } from "@/server/applications/employer";
import { getOwnListing } from "@/server/listings/employer";
import { getRegions } from "@/server/listings/public";
import { pageActor } from "@/server/auth/page-actor";
import { moderatorNoteTitle, RejectionReason } from "../rejection-reason";
import { ApplicationList } from "./application-list";

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

export default async function EmployerListingPage({ params }: PageProps<"/employer/listings/[id]">) {
  const { id } = await params;
  const actor = await pageActor("EMPLOYER", `/employer/listings/${id}`);
  if (!actor) return null;
  // Another company's listing and a missing one both answer 404.
  const [listing, applications, regions] = await Promise.all([
    getOwnListing(actor, id),
    listApplicationsForOwnListing(actor, id),
    getRegions(),
  ]);
  if (!listing || !applications) notFound();
  const warning = payRangeWarning(listing.salaryMin, listing.salaryMax);
  const sent = listing.submittedAt ?? listing.createdAt;

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
            submitted <time dateTime={isoDate(sent)}>{formatDate(sent)}</time>
          </span>
          {listing.status === "PUBLISHED" ? (
            <Link className="link" href={`/jobs/${listing.slug}`}>
              View public page
            </Link>
          ) : null}
        </div>
        {moderatorNoteTitle(listing.status) && listing.rejectionReason ? (
          <RejectionReason reason={listing.rejectionReason} title={moderatorNoteTitle(listing.status)!} />
        ) : null}
        {listing.status === "CLOSED" && listing.closedReason === "REMOVED_BY_MODERATOR" ? (
          <RejectionReason reason={listing.closedNote ?? "No note was given."} title="Removed by a moderator" />
        ) : null}
        {warning ? (
          <p className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">{warning}</p>
        ) : null}
      </header>

      <Section id="applications" title={`Applications (${applications.length})`}>
        <ApplicationList applications={applications} />
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
          <p className="text-sm text-ink-muted">{plural(listing.viewCount, "view")} so far.</p>
        </div>
      </Section>
    </article>
  );
}
