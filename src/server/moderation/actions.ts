import "server-only";
import { approveListingSchema, rejectListingSchema } from "@/lib/schemas/moderation";
import { defineAction } from "@/server/action";
import { approveListing, rejectListing } from "@/server/moderation/review";

export const approveListingDefinition = defineAction({
  roles: ["ADMIN"],
  schema: approveListingSchema,
  run: (input, actor) => approveListing(actor, input.listingId),
  // The decided listing leaves the queue, so the confirmation travels in the URL rather than in form state.
  // Caches of public pages are the lifecycle's business (src/server/listings/lifecycle.ts).
  after: (listing) => ({ revalidate: ["/admin/review"], redirectTo: `/admin/review?approved=${listing.id}` }),
});

export const rejectListingDefinition = defineAction({
  roles: ["ADMIN"],
  schema: rejectListingSchema,
  run: (input, actor) => rejectListing(actor, input.listingId, input.reason),
  after: (listing) => ({ revalidate: ["/admin/review"], redirectTo: `/admin/review?rejected=${listing.id}` }),
});
