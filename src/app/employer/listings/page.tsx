import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, Card, EmptyState, FormMessage, LevelBadge, ListingStatusBadge, PageHeader } from "@/components/ui";
import { formatDate, isoDate, plural } from "@/lib/format";
import { formatPay } from "@/lib/pay";
import { payRangeWarning } from "@/lib/pay-transparency";
import { listOwnListings } from "@/server/listings/employer";
import { pageActor } from "@/server/auth/page-actor";
import { moderatorNoteTitle, RejectionReason } from "./rejection-reason";

export const metadata: Metadata = { title: "Your listings" };

export default async function EmployerListingsPage({ searchParams }: PageProps<"/employer/listings">) {
  const actor = await pageActor("EMPLOYER", "/employer/listings");
  if (!actor) return null;
  const [listings, { submitted }] = await Promise.all([listOwnListings(actor), searchParams]);
  // Only a listing of this company is ever named back; any other id is ignored.
  const justSubmitted = typeof submitted === "string" ? listings.find((l) => l.id === submitted) : undefined;
  const warning = justSubmitted ? payRangeWarning(justSubmitted.salaryMin, justSubmitted.salaryMax) : null;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Your listings"
        description="Every role your company has posted, with where it is in review."
        actions={
          listings.length > 0 ? (
            <>
              <ButtonLink href="/employer/listings/new">Post a role</ButtonLink>
              <ButtonLink href="/employer" variant="secondary">
                Overview
              </ButtonLink>
            </>
          ) : null
        }
      />

      {justSubmitted ? (
        <div className="flex flex-col gap-3">
          <FormMessage tone="success">
            “{justSubmitted.title}” was submitted for review. A moderator checks it before it is published.
          </FormMessage>
          {warning ? (
            <p className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
              {warning}
            </p>
          ) : null}
        </div>
      ) : null}

      {listings.length === 0 ? (
        <EmptyState
          title="No listings yet"
          description="Post a role with its salary range and who can apply; it goes live once a moderator approves it."
          action={<ButtonLink href="/employer/listings/new">Post your first role</ButtonLink>}
        />
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Listings">
          {listings.map((listing) => (
            <li key={listing.id}>
              <Card as="article" aria-labelledby={`listing-${listing.id}`} className="flex flex-col gap-3">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="flex min-w-0 flex-col gap-1">
                    <h2 id={`listing-${listing.id}`} className="text-lg font-semibold text-ink">
                      <Link className="link" href={`/employer/listings/${listing.id}`}>
                        {listing.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-ink-muted">
                      {formatPay(listing)} · created{" "}
                      <time dateTime={isoDate(listing.createdAt)}>{formatDate(listing.createdAt)}</time>
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <LevelBadge>{listing.level.name}</LevelBadge>
                    <ListingStatusBadge status={listing.status} />
                  </div>
                </div>
                {moderatorNoteTitle(listing.status) && listing.rejectionReason ? (
                  <>
                    <RejectionReason reason={listing.rejectionReason} title={moderatorNoteTitle(listing.status)!} />
                    <p>
                      <Link className="link text-sm font-medium" href={`/employer/listings/${listing.id}/edit`}>
                        {listing.status === "REJECTED" ? "Edit and resubmit" : "Edit"}
                        <span className="sr-only">: {listing.title}</span>
                      </Link>
                    </p>
                  </>
                ) : null}
                <p className="text-sm">
                  <Link className="link" href={`/employer/listings/${listing.id}#applications`}>
                    {plural(listing._count.applications, "application")}
                  </Link>
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
