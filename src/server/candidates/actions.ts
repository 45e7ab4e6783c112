import "server-only";
import { candidateProfileSchema } from "@/lib/schemas/candidate-profile";
import { defineAction } from "@/server/action";
import { saveOwnProfile } from "@/server/candidates/profile";

export const saveProfileDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: candidateProfileSchema,
  run: (input, actor) => saveOwnProfile(actor, input),
  after: () => ({
    // Listing pages stay cached: their verdict comes from /api/me, which reads the profile on each request.
    revalidate: ["/account", "/account/profile"],
    message: "Profile saved. Listings now show your eligibility from it.",
  }),
});
