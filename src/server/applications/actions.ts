import "server-only";
import { applySchema, editCoverNoteSchema, withdrawApplicationSchema } from "@/lib/schemas/application";
import { defineAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { applyToListing, editOwnCoverNote, withdrawOwnApplication } from "@/server/applications/candidate";

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

/** The candidate withdraws their own application, optionally saying why; the company sees "Withdrawn". */
export const withdrawApplicationDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: withdrawApplicationSchema,
  run: (input, actor) => withdrawOwnApplication(actor, input.applicationId, input.reason ?? null),
  after: (_result, input) => ({
    revalidate: ["/account", "/account/applications", `/account/applications/${input.applicationId}`],
    message: "Application withdrawn. The company sees it as withdrawn.",
  }),
});

/** Until a company member has opened the application, the candidate may rewrite the cover note. */
export const editCoverNoteDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: editCoverNoteSchema,
  run: (input, actor) => editOwnCoverNote(actor, input.applicationId, input.coverNote),
  after: (_result, input) => ({
    revalidate: [`/account/applications/${input.applicationId}`],
    message: "Cover note updated.",
  }),
});
