import "server-only";
import { applySchema } from "@/lib/schemas/application";
import { defineAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { applyToListing } from "@/server/applications/candidate";

export const applyDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: applySchema,
  run: async (input, actor) => {
    await consumeRateLimit(`apply:${actor.id}`, 60, 60 * 60 * 1000);
    return applyToListing(actor, input);
  },
  after: (result) => ({
    // The listing page is shared by every visitor (its apply box asks /api/me), so it stays cached.
    revalidate: ["/account/applications"],
    message: result.alreadyApplied ? "You had already applied; your application is unchanged." : "Application sent.",
  }),
});
