import type { Metadata } from "next";
import Link from "next/link";
import { ListingStateBadge } from "@/components/candidates/listing-state-badge";
import { Button, ButtonLink, Card, Checkbox, EmptyState, PageHeader, SubmitButton } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { candidateListingState } from "@/lib/listing-lifecycle";
import { MAX_COMPARED_LISTINGS } from "@/lib/schemas/ids";
import { pageActor } from "@/server/auth/page-actor";
import { listSavedListings } from "@/server/candidates/saved-listings";
import { toggleSavedListingForm } from "./actions";

export const metadata: Metadata = { title: "Saved roles", robots: { index: false } };

// The compare form is a plain GET to /jobs/compare (one `ids` per ticked box), so it works without
// JavaScript. Its checkboxes sit in the list and join it with the `form` attribute: each row already holds
// a form of its own (Remove), and forms cannot nest.
const COMPARE_FORM = "compare-saved";

export default async function SavedListingsPage() {
  const actor = await pageActor("CANDIDATE", "/account/saved");
  if (!actor) return null;
  const saved = await listSavedListings(actor);
  const openCount = saved.filter(({ listing }) => candidateListingState(listing) === "open").length;
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
        <>
          {openCount >= 2 ? (
            <form id={COMPARE_FORM} method="get" action="/jobs/compare" className="flex flex-wrap items-center gap-3">
              <Button type="submit" variant="secondary">
                Compare selected
              </Button>
              <p className="text-sm text-ink-muted">Tick two to {MAX_COMPARED_LISTINGS} open roles to see them side by side.</p>
            </form>
          ) : null}
          <ul className="space-y-3">
            {saved.map(({ listing, createdAt }) => {
              const open = candidateListingState(listing) === "open";
              return (
                <li key={listing.id}>
                  <Card>
                    <div className="flex flex-wrap items-center justify-between gap-3">
                      <div className="flex min-w-0 items-start gap-3">
                        {open && openCount >= 2 ? (
                          <Checkbox
                            form={COMPARE_FORM}
                            name="ids"
                            value={listing.id}
                            aria-label={`Compare ${listing.title}`}
                            className="mt-1"
                          />
                        ) : null}
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
        </>
      )}
    </div>
  );
}
