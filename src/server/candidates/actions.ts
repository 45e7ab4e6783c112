import "server-only";
import { candidateProfileSchema } from "@/lib/schemas/candidate-profile";
import { savedListingSchema } from "@/lib/schemas/saved";
import { createSavedSearchSchema, deleteSavedSearchSchema, updateSavedSearchSchema } from "@/lib/schemas/saved-search";
import { defineAction } from "@/server/action";
import { saveOwnProfile } from "@/server/candidates/profile";
import { saveListing, unsaveListing } from "@/server/candidates/saved-listings";
import { createSavedSearch, deleteSavedSearch, updateSavedSearch } from "@/server/candidates/saved-searches";

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

// Saving is per visitor while listing pages are shared (decision 011): nothing public is revalidated; the
// page's island asks /api/me again. Going back to the page is the form wrapper's job
// (src/app/account/saved/actions.ts), since a scripted page stays where it is.

export const saveListingDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: savedListingSchema,
  run: (input, actor) => saveListing(actor, input.listingId),
  after: () => ({ revalidate: ["/account", "/account/saved"], message: "Saved." }),
});

export const unsaveListingDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: savedListingSchema,
  run: (input, actor) => unsaveListing(actor, input.listingId),
  after: () => ({ revalidate: ["/account", "/account/saved"], message: "Removed from your saved roles." }),
});

export const createSavedSearchDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: createSavedSearchSchema,
  run: (input, actor) => createSavedSearch(actor, input),
  after: () => ({ revalidate: ["/account/searches"], redirectTo: "/account/searches?saved=1", message: "Search saved." }),
});

export const updateSavedSearchDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: updateSavedSearchSchema,
  run: (input, actor) => updateSavedSearch(actor, input),
  after: () => ({ revalidate: ["/account/searches"], message: "Saved search updated." }),
});

export const deleteSavedSearchDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: deleteSavedSearchSchema,
  run: (input, actor) => deleteSavedSearch(actor, input.savedSearchId),
  after: () => ({ revalidate: ["/account/searches"], redirectTo: "/account/searches", message: "Saved search deleted." }),
});
