import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UnverifiedNotice } from "@/components/account/unverified-notice";
import { ListingForm } from "@/components/listings/listing-form";
import { FormMessage, ListingStatusBadge, PageHeader } from "@/components/ui";
import type { ListingStatus } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { listingFormValues } from "@/lib/listing-form-values";
import { isEmailVerified } from "@/server/accounts/verification";
import { pageActor } from "@/server/auth/page-actor";
import { getOwnListing } from "@/server/listings/employer";
import { listingFormOptions } from "@/server/listings/form-options";
import { storedEdit } from "@/server/listings/published-edits";
import { RejectionReason } from "../../rejection-reason";
import { editListingAction } from "../actions";

export const metadata: Metadata = { title: "Edit listing" };

const currencyNames = new Intl.DisplayNames(["en"], { type: "currency" });

/** What the form's buttons say for each editable state. */
const buttons: Partial<Record<ListingStatus, { submitLabel: string; saveLabel?: string; note: string }>> = {
  DRAFT: {
    submitLabel: "Submit for review",
    saveLabel: "Save draft",
    note: "A draft is only visible to your team until you submit it.",
  },
  PENDING_REVIEW: {
    submitLabel: "Save changes",
    note: "The listing stays in the review queue; the moderator sees these changes.",
  },
  REJECTED: {
    submitLabel: "Resubmit for review",
    saveLabel: "Save without resubmitting",
    note: "A moderator reviews it again once you resubmit.",
  },
  PUBLISHED: {
    submitLabel: "Save changes",
    note: "Changes to the benefits, equity or bonus notes go live at once. A change to the title, level, pay, eligibility, description or skills waits for a moderator; until then candidates see the current version.",
  },
};

export default async function EditListingPage({ params, searchParams }: PageProps<"/employer/listings/[id]/edit">) {
  const { id } = await params;
  const actor = await pageActor("EMPLOYER", `/employer/listings/${id}/edit`);
  if (!actor) return null;
  const [listing, { levels, regions, skillGroups, currencies, today }, verified, { done }] = await Promise.all([
    getOwnListing(actor, id),
    listingFormOptions(),
    isEmailVerified(actor.id),
    searchParams,
  ]);
  if (!listing) notFound();
  const labels = buttons[listing.status];

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href={`/employer/listings/${listing.id}`}>
          Back to the listing
        </Link>
      </nav>
      <PageHeader title={`Edit “${listing.title}”`} actions={<ListingStatusBadge status={listing.status} />} />
      {done === "duplicated" ? (
        <FormMessage tone="success">Copied into a new draft. Change what differs, then save or submit it.</FormMessage>
      ) : null}
      {listing.status === "REJECTED" && listing.rejectionReason ? <RejectionReason reason={listing.rejectionReason} /> : null}
      {listing.status === "PUBLISHED" && listing.pendingEditAt ? (
        <FormMessage tone="info">
          Your edit sent on {formatDate(listing.pendingEditAt)} is waiting for review; the form shows it. Saving again replaces
          it.
        </FormMessage>
      ) : null}
      {listing.status === "PUBLISHED" && listing.editRejectionReason ? (
        <RejectionReason reason={listing.editRejectionReason} title="Why your last edit was not approved" />
      ) : null}
      {!labels ? (
        <FormMessage tone="info">
          An expired or closed listing cannot be edited. Duplicate it into a new draft to post a changed version.
        </FormMessage>
      ) : (
        <>
          {verified ? null : <UnverifiedNotice what="post a role" />}
          <ListingForm
            action={editListingAction}
            listing={{ id: listing.id, values: storedEdit(listing.pendingEdit) ?? listingFormValues(listing) }}
            {...labels}
            levels={levels}
            regions={regions}
            skillGroups={skillGroups}
            today={today}
            currencies={currencies.map((code) => ({ code, label: `${code} — ${currencyNames.of(code) ?? code}` }))}
          />
        </>
      )}
    </div>
  );
}
