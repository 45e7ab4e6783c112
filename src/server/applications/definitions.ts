import "server-only";
import { applySchema } from "@/lib/schemas/application";
import { defineAction } from "@/server/action";
import { applyToListing } from "@/server/applications/candidate";

export const applyDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: applySchema,
  run: (input, actor) => applyToListing(actor, input),
  after: (result) => ({
    revalidate: [`/jobs/${result.slug}`, "/account/applications"],
    message: result.alreadyApplied ? "You had already applied; your application is unchanged." : "Application sent.",
  }),
});
