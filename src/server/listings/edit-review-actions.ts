import "server-only";
import { approveEditSchema, rejectEditSchema } from "@/lib/schemas/edit-review";
import { defineAction } from "@/server/action";
import { approveEdit, rejectEdit } from "@/server/listings/published-edits";

// The moderator's decisions on edits of published listings (src/app/admin/review/edits wraps them).

export const approveEditDefinition = defineAction({
  roles: ["ADMIN"],
  schema: approveEditSchema,
  run: (input, actor) => approveEdit(actor, input.listingId, input.version),
  after: (listing) => ({
    revalidate: ["/admin/review/edits"],
    redirectTo: `/admin/review/edits?approved=${encodeURIComponent(listing.id)}`,
  }),
});

export const rejectEditDefinition = defineAction({
  roles: ["ADMIN"],
  schema: rejectEditSchema,
  run: (input, actor) => rejectEdit(actor, input.listingId, input.version, input.reason),
  after: (listing) => ({
    revalidate: ["/admin/review/edits"],
    redirectTo: `/admin/review/edits?rejected=${encodeURIComponent(listing.id)}`,
  }),
});
