import "server-only";
import { closeListingSchema, editListingSchema, listingRefSchema } from "@/lib/schemas/employer-listing";
import { defineAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { deleteDraft, duplicateListing, editListing } from "@/server/listings/drafts";
import { closeOwnListing, confirmOwnListing, renewOwnListing } from "@/server/listings/employer-moves";

// The employer's actions on the company's listings, kept out of the "use server" module
// (src/app/employer/listings/[id]/actions.ts) so tests run them through executeAction. Each result page
// reads its confirmation from ?done= (the form that asked is gone once the listing has moved).

const pagesOf = (id: string) => ["/employer", "/employer/listings", `/employer/listings/${id}`];
const listingPage = (id: string, done: string) => `/employer/listings/${encodeURIComponent(id)}?done=${done}`;

export const editListingDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: editListingSchema,
  run: async ({ intent, listingId, ...input }, actor) => {
    // Shares the posting limit: a resubmission loads the review queue like a new listing.
    if (intent === "submit") await consumeRateLimit(`listing-submit:${actor.id}`, 30, 60 * 60 * 1000);
    return editListing(actor, listingId, input, intent);
  },
  after: (listing, input) => ({
    revalidate: pagesOf(listing.id),
    redirectTo: listingPage(
      listing.id,
      listing.edit === "pending"
        ? "edit-pending"
        : listing.edit === "published"
          ? "edit-published"
          : input.intent === "submit" && listing.status === "PENDING_REVIEW"
            ? "submitted"
            : "saved",
    ),
    message: "Listing saved.",
  }),
});

export const closeListingDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: closeListingSchema,
  run: (input, actor) => closeOwnListing(actor, input.listingId, input.closeReason),
  after: (listing) => ({ revalidate: pagesOf(listing.id), redirectTo: listingPage(listing.id, "closed"), message: "Closed." }),
});

export const renewListingDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: listingRefSchema,
  run: (input, actor) => renewOwnListing(actor, input.listingId),
  after: (listing) => ({ revalidate: pagesOf(listing.id), redirectTo: listingPage(listing.id, "renewed"), message: "Renewed." }),
});

export const confirmListingDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: listingRefSchema,
  run: (input, actor) => confirmOwnListing(actor, input.listingId),
  after: (listing) => ({
    revalidate: pagesOf(listing.id),
    redirectTo: listingPage(listing.id, "confirmed"),
    message: "Confirmed open.",
  }),
});

export const duplicateListingDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: listingRefSchema,
  run: async (input, actor) => {
    await consumeRateLimit(`listing-submit:${actor.id}`, 30, 60 * 60 * 1000);
    return duplicateListing(actor, input.listingId);
  },
  after: (copy) => ({
    revalidate: ["/employer", "/employer/listings"],
    redirectTo: `/employer/listings/${encodeURIComponent(copy.id)}/edit?done=duplicated`,
    message: "Copied into a new draft.",
  }),
});

export const deleteDraftDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: listingRefSchema,
  run: (input, actor) => deleteDraft(actor, input.listingId),
  after: () => ({
    revalidate: ["/employer", "/employer/listings"],
    redirectTo: "/employer?done=deleted",
    message: "Draft deleted.",
  }),
});
