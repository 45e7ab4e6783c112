import Link from "next/link";
import { ButtonLink, FormMessage } from "@/components/ui";
import type { ListingCloseReason, ListingStatus } from "@/generated/prisma/enums";
import { closeReasonLabel } from "@/lib/close-reasons";
import { formatDate, isoDate } from "@/lib/format";
import { RejectionReason } from "../rejection-reason";
import {
  closeListingAction,
  confirmListingAction,
  deleteDraftAction,
  duplicateListingAction,
  renewListingAction,
} from "./actions";
import { CloseListingForm, ListingActionForm } from "./listing-action-forms";

// What the employer can do with the listing in its current state. Each action is its own form, so all of
// them work without JavaScript; closing and deleting first show a confirm step (?confirm=), a plain link.

type ManagedListing = {
  id: string;
  slug: string;
  title: string;
  status: ListingStatus;
  rejectionReason: string | null;
  expiresAt: Date | null;
  confirmedAt: Date | null;
  closedAt: Date | null;
  closedReason: ListingCloseReason | null;
  closedNote: string | null;
  pendingEditAt: Date | null;
  editRejectionReason: string | null;
};

/** The confirmations an action's redirect names in ?done=. */
const doneMessages: Record<string, string> = {
  saved: "Saved.",
  submitted: "Submitted for review. A moderator checks it before it is published.",
  closed: "The listing is closed. It has left search, and its page tells visitors the role is closed.",
  renewed: "Renewed: the listing is back on the board for another 30 days.",
  confirmed: "Confirmed: candidates now see that the role is still open, and it stays up another 30 days.",
  "edit-published": "Saved: the change is live.",
  "edit-pending":
    "Your edit is waiting for review. Candidates see the current version until a moderator approves it (minor notes sent with it wait too).",
};

export function doneMessage(done: unknown): string | null {
  return typeof done === "string" && Object.hasOwn(doneMessages, done) ? doneMessages[done]! : null;
}

export const CAN_CLOSE: readonly ListingStatus[] = ["PUBLISHED", "EXPIRED", "PENDING_REVIEW", "REJECTED"];
const CAN_EDIT: readonly ListingStatus[] = ["DRAFT", "PENDING_REVIEW", "REJECTED", "PUBLISHED"];

/** Where the listing stands, in a sentence or two (the rejection or closing reason included). */
export function ListingStanding({ listing }: { listing: ManagedListing }) {
  if (listing.status === "REJECTED") {
    return (
      <div className="flex flex-col gap-3">
        {listing.rejectionReason ? <RejectionReason reason={listing.rejectionReason} /> : null}
        <p>
          <ButtonLink href={`/employer/listings/${listing.id}/edit`}>Edit and resubmit</ButtonLink>
        </p>
      </div>
    );
  }
  if (listing.status === "CLOSED") {
    return (
      <div className="rounded-md border border-line bg-surface-muted px-4 py-3 text-sm text-ink">
        <p>
          <span className="font-semibold">Closed</span>
          {listing.closedAt ? (
            <>
              {" "}
              on <time dateTime={isoDate(listing.closedAt)}>{formatDate(listing.closedAt)}</time>
            </>
          ) : null}
          {listing.closedReason ? `: ${closeReasonLabel[listing.closedReason].toLowerCase()}.` : "."}
        </p>
        {listing.closedNote ? <p className="mt-1 whitespace-pre-line">{listing.closedNote}</p> : null}
      </div>
    );
  }
  if (listing.status === "PUBLISHED" && listing.expiresAt) {
    return (
      <div className="flex flex-col gap-3">
        {listing.pendingEditAt ? (
          <p className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
            An edit sent on <time dateTime={isoDate(listing.pendingEditAt)}>{formatDate(listing.pendingEditAt)}</time> is waiting
            for review. Candidates see the current version until a moderator approves it.
          </p>
        ) : listing.editRejectionReason ? (
          <RejectionReason reason={listing.editRejectionReason} title="Why your last edit was not approved" />
        ) : null}
        <p className="text-sm text-ink-muted">
          {listing.confirmedAt ? (
            <>
              Confirmed open <time dateTime={isoDate(listing.confirmedAt)}>{formatDate(listing.confirmedAt)}</time>;{" "}
            </>
          ) : null}
          listed until <time dateTime={isoDate(listing.expiresAt)}>{formatDate(listing.expiresAt)}</time> unless you confirm it is
          still open.
        </p>
      </div>
    );
  }
  if (listing.status === "EXPIRED") {
    return <p className="text-sm text-ink-muted">It expired because nobody confirmed it was still open. Renew it if it is.</p>;
  }
  if (listing.status === "DRAFT") {
    return <p className="text-sm text-ink-muted">A draft: only your team can see it until you submit it for review.</p>;
  }
  return null;
}

/** The actions panel; `confirm` is the ?confirm= step being asked ("close" or "delete"). */
export function ListingActions({
  listing,
  activeApplicants,
  confirm,
}: {
  listing: ManagedListing;
  activeApplicants: number;
  confirm: unknown;
}) {
  const here = `/employer/listings/${listing.id}`;
  if (confirm === "close" && CAN_CLOSE.includes(listing.status)) {
    return (
      <div className="flex max-w-2xl flex-col gap-3 rounded-lg border border-line p-5">
        <h3 className="font-semibold text-ink">Close “{listing.title}”</h3>
        <CloseListingForm action={closeListingAction} listingId={listing.id} applicants={activeApplicants} />
        <Link className="link text-sm" href={here}>
          Keep it open
        </Link>
      </div>
    );
  }
  if (confirm === "delete" && listing.status === "DRAFT") {
    return (
      <div className="flex max-w-2xl flex-col gap-3 rounded-lg border border-line p-5">
        <h3 className="font-semibold text-ink">Delete this draft?</h3>
        <p className="text-sm text-ink-muted">
          The draft is removed for good. Listings that were ever submitted are closed instead.
        </p>
        <ListingActionForm
          action={deleteDraftAction}
          listingId={listing.id}
          label="Delete the draft"
          pendingLabel="Deleting…"
          variant="danger"
        />
        <Link className="link text-sm" href={here}>
          Keep it
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-3">
      {listing.status === "PUBLISHED" ? (
        <ListingActionForm
          action={confirmListingAction}
          listingId={listing.id}
          label="Confirm still open"
          pendingLabel="Confirming…"
          variant="primary"
        />
      ) : null}
      {listing.status === "EXPIRED" ? (
        <ListingActionForm
          action={renewListingAction}
          listingId={listing.id}
          label="Renew for 30 days"
          pendingLabel="Renewing…"
          variant="primary"
        />
      ) : null}
      {CAN_EDIT.includes(listing.status) ? (
        <ButtonLink
          href={`${here}/edit`}
          variant={listing.status === "REJECTED" || listing.status === "PUBLISHED" ? "secondary" : "primary"}
        >
          Edit
        </ButtonLink>
      ) : null}
      {listing.status !== "PUBLISHED" ? (
        <ButtonLink href={`${here}/preview`} variant="secondary">
          Preview
        </ButtonLink>
      ) : (
        <ButtonLink href={`/jobs/${listing.slug}`} variant="secondary">
          View public page
        </ButtonLink>
      )}
      <ListingActionForm action={duplicateListingAction} listingId={listing.id} label="Duplicate" pendingLabel="Copying…" />
      {CAN_CLOSE.includes(listing.status) ? (
        <ButtonLink href={`${here}?confirm=close#manage`} variant="secondary">
          Close…
        </ButtonLink>
      ) : null}
      {listing.status === "DRAFT" ? (
        <ButtonLink href={`${here}?confirm=delete#manage`} variant="secondary">
          Delete…
        </ButtonLink>
      ) : null}
    </div>
  );
}

/** The confirmation of the action just taken, from ?done=. */
export function DoneMessage({ done }: { done: unknown }) {
  const message = doneMessage(done);
  return message ? <FormMessage tone="success">{message}</FormMessage> : null;
}
