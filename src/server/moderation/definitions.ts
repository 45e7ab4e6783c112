import "server-only";
import { approveListingSchema, rejectListingSchema } from "@/lib/schemas/moderation";
import { defineAction } from "@/server/action";
import { approveListing, rejectListing } from "@/server/moderation/review";

export const approveListingDefinition = defineAction({
  roles: ["ADMIN"],
  schema: approveListingSchema,
  run: (input, actor) => approveListing(actor, input.listingId),
  after: () => ({ revalidate: ["/admin/review", "/"], message: "Listing approved and published." }),
});

export const rejectListingDefinition = defineAction({
  roles: ["ADMIN"],
  schema: rejectListingSchema,
  run: (input, actor) => rejectListing(actor, input.listingId, input.reason),
  after: () => ({ revalidate: ["/admin/review"], message: "Listing rejected; the employer sees your reason." }),
});
