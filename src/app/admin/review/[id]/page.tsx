import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingBody } from "@/components/listings/listing-body";
import { CompanyCard } from "@/components/listings/company-card";
import { Card, LevelBadge, ListingStatusBadge, PageHeader } from "@/components/ui";
import { auditTrailPath } from "@/lib/audit-filters";
import { idSchema } from "@/lib/schemas/ids";
import { pageActor } from "@/server/auth/page-actor";
import { getRegions } from "@/server/listings/public";
import { getListingForReview } from "@/server/moderation/decided";
import { ReviewDecision } from "../review-decision";

export const metadata: Metadata = { title: "Review listing" };

export default async function ReviewListingPage({ params }: PageProps<"/admin/review/[id]">) {
  const { id } = await params;
  const actor = await pageActor("ADMIN", `/admin/review/${id}`);
  if (!actor) return null;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  const [listing, regions] = await Promise.all([getListingForReview(actor, parsed.data), getRegions()]);
  if (!listing) notFound();
  return (
    <div className="flex flex-col gap-8">
      <Link className="link text-sm" href="/admin/review">
        Back to the review queue
      </Link>
      <PageHeader title={listing.title} description={listing.company.name} />
      <div className="flex flex-wrap items-center gap-3">
        <ListingStatusBadge status={listing.status} />
        <LevelBadge>{listing.level.name}</LevelBadge>
        <Link className="link text-sm" href={auditTrailPath("Listing", listing.id)}>
          Audit trail
        </Link>
      </div>
      {listing.status === "PENDING_REVIEW" ? (
        <Card>
          {listing.rejectionReason ? (
            <p className="mb-4 text-sm text-ink-muted">Sent back after reports: {listing.rejectionReason}</p>
          ) : null}
          <ReviewDecision listingId={listing.id} title={listing.title} version={listing.updatedAt.getTime()} />
        </Card>
      ) : listing.rejectionReason ? (
        <p className="text-sm text-ink-muted">Rejected: {listing.rejectionReason}</p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <ListingBody listing={listing} regions={regions} />
        <CompanyCard company={listing.company} linked={false} />
      </div>
    </div>
  );
}
