import type { Metadata } from "next";
import Link from "next/link";
import { ListingStateBadge } from "@/components/candidates/listing-state-badge";
import { ButtonLink, Card, EmptyState, PageHeader, SubmitButton } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { candidateListingState } from "@/lib/listing-lifecycle";
import { pageActor } from "@/server/auth/page-actor";
import { listSavedListings } from "@/server/candidates/saved-listings";
import { toggleSavedListingForm } from "./actions";

export const metadata: Metadata = { title: "Saved roles", robots: { index: false } };

export default async function SavedListingsPage() {
  const actor = await pageActor("CANDIDATE", "/account/saved");
  if (!actor) return null;
  const saved = await listSavedListings(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Saved roles" description="Roles you saved to come back to. Closed and expired ones are marked." />
      {saved.length === 0 ? (
        <EmptyState
          title="Nothing saved yet"
          description="Use “Save this role” on any listing to keep it here."
          action={<ButtonLink href="/jobs">Find a role</ButtonLink>}
        />
      ) : (
        <ul className="space-y-3">
          {saved.map(({ listing, createdAt }) => {
            const open = candidateListingState(listing) === "open";
            return (
              <li key={listing.id}>
                <Card>
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <div className="min-w-0">
                      {open ? (
                        <Link className="link font-medium" href={`/jobs/${listing.slug}`}>
                          {listing.title}
                        </Link>
                      ) : (
                        <span className="font-medium text-ink-muted">{listing.title}</span>
                      )}
                      <p className="text-sm text-ink-muted">
                        {listing.company.name} · saved {formatDate(createdAt)}
                      </p>
                    </div>
                    <div className="flex flex-wrap items-center gap-3">
                      <ListingStateBadge listing={listing} />
                      <form action={toggleSavedListingForm}>
                        <input type="hidden" name="listingId" value={listing.id} />
                        <input type="hidden" name="intent" value="unsave" />
                        <input type="hidden" name="returnTo" value="/account/saved" />
                        <SubmitButton variant="ghost" size="sm" pendingLabel="Removing…">
                          Remove<span className="sr-only"> {listing.title}</span>
                        </SubmitButton>
                      </form>
                    </div>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
