import "server-only";
import { applySchema } from "@/lib/schemas/application";
import { defineAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { applyToListing } from "@/server/applications/candidate";

export const applyDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: applySchema,
  run: (input, actor) => {
    consumeRateLimit(`apply:${actor.id}`, 60, 60 * 60 * 1000);
    return applyToListing(actor, input);
  },
  after: (result) => ({
    revalidate: [`/jobs/${result.slug}`, "/account/applications"],
    message: result.alreadyApplied ? "You had already applied; your application is unchanged." : "Application sent.",
  }),
});
