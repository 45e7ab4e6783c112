import "server-only";
import { newListingSchema } from "@/lib/schemas/employer-listing";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { createListing } from "@/server/listings/employer";
import { confirmStillOpen } from "@/server/listings/still-open";

// Kept out of the "use server" module so tests can run it through executeAction.
// A wide pay range does not stop the submission: the listings page shows the warning for the
// listing named in ?submitted= (recomputed from the stored range, so a reload shows it too), and the
// form already hints at it while the employer types (when JavaScript runs).
export const submitListingDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: newListingSchema,
  run: async ({ intent, ...input }, actor) => {
    // Generous for a real hiring team, tight enough to stop a script flooding the review queue (or the drafts).
    await consumeRateLimit(`listing-submit:${actor.id}`, 30, 60 * 60 * 1000);
    return createListing(actor, input, intent);
  },
  after: (listing) =>
    listing.status === "DRAFT"
      ? {
          revalidate: ["/employer", "/employer/listings"],
          redirectTo: `/employer/listings/${encodeURIComponent(listing.id)}?done=saved`,
          message: "Draft saved.",
        }
      : {
          revalidate: ["/employer", "/employer/listings"],
          redirectTo: `/employer/listings?submitted=${encodeURIComponent(listing.id)}`,
          message: "Listing submitted for review.",
        },
});

/** The "still open" page's button; works signed out (the signed link is the proof). */
export const confirmStillOpenDefinition = definePublicAction({
  roles: "public" as const,
  schema: z.object({ token: z.string().min(1).max(2000) }),
  run: (input) => confirmStillOpen(input.token),
  after: (listing) => ({ message: `Confirmed: “${listing.title}” stays open for another 30 days.` }),
});
