import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyCard } from "@/components/listings/company-card";
import { FactsMeter } from "@/components/listings/facts-meter";
import { ListingBody } from "@/components/listings/listing-body";
import { ListingBandPosition } from "@/components/salaries/band-position";
import { ButtonLink, FormMessage, LevelBadge } from "@/components/ui";
import { storedFactsCompleteness } from "@/lib/listing-facts-completeness";
import { pageActor } from "@/server/auth/page-actor";
import { getOwnListingPreview } from "@/server/listings/employer";
import { getRegions } from "@/server/listings/public";

export const metadata: Metadata = { title: "Preview listing", robots: { index: false } };

const notice = {
  DRAFT: "Preview of a draft: not yet published. Submit it for review when it reads right.",
  PENDING_REVIEW: "Preview: not yet published. A moderator is reviewing it.",
  REJECTED: "Preview: not published. A moderator asked for changes; edit and resubmit it.",
  PUBLISHED: "This listing is live; this is how candidates see it.",
  EXPIRED: "Preview: no longer published (expired). Renew it to put it back on the board.",
  CLOSED: "Preview: no longer published (closed).",
} as const;

// The candidate's page, as the public route renders it (src/app/(public)/jobs/[slug]/page.tsx), for one of the
// company's listings in any state. Without JavaScript this is also where the band position shows while posting.
export default async function ListingPreviewPage({ params }: PageProps<"/employer/listings/[id]/preview">) {
  const { id } = await params;
  const actor = await pageActor("EMPLOYER", `/employer/listings/${id}/preview`);
  if (!actor) return null;
  const [listing, regions] = await Promise.all([getOwnListingPreview(actor, id), getRegions()]);
  if (!listing) notFound();

  return (
    <article aria-labelledby="listing-title" className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href={`/employer/listings/${listing.id}`}>
          Back to the listing
        </Link>
      </nav>
      <FormMessage tone={listing.status === "PUBLISHED" ? "success" : "info"}>{notice[listing.status]}</FormMessage>

      <header className="flex flex-col gap-3">
        <p className="text-lg font-medium text-ink-muted">{listing.company.name}</p>
        <h1 id="listing-title" className="max-w-4xl text-4xl font-bold tracking-tight text-ink">
          {listing.title}
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-ink-muted">
          <LevelBadge>{listing.level.name}</LevelBadge>
        </div>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <ListingBody
            listing={listing}
            regions={regions}
            afterPay={<ListingBandPosition listing={listing} regions={regions} />}
          />
        </div>
        <aside aria-label="Apply and company" className="flex flex-col gap-6">
          <div className="rounded-lg border border-dashed border-line-strong p-5 text-sm text-ink-muted">
            Candidates apply here once the listing is published.
          </div>
          <div className="rounded-lg border border-line p-5">
            <FactsMeter completeness={storedFactsCompleteness(listing)} />
          </div>
          <CompanyCard company={listing.company} />
          {listing.status === "DRAFT" || listing.status === "REJECTED" ? (
            <ButtonLink href={`/employer/listings/${listing.id}/edit`}>Edit</ButtonLink>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
