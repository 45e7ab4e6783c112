import "server-only";
import { ANONYMOUS_VIEWER, type Viewer } from "@/lib/viewer";
import type { Actor } from "@/server/auth/session";
import { getCandidateEligibilityProfile } from "@/server/candidates/eligibility-profile";
import { savedListingIds } from "@/server/candidates/saved-listings";

/** What the header and the search page's islands show the signed-in visitor: only their own account. */
export async function describeViewer(actor: Actor | null): Promise<Viewer> {
  if (!actor) return ANONYMOUS_VIEWER;
  const [profile, saved] = await Promise.all([getCandidateEligibilityProfile(actor), savedListingIds(actor)]);
  const hasDefaults = profile && (profile.country || profile.timezone);
  return {
    user: { name: actor.name, email: actor.email, role: actor.role },
    searchDefaults: hasDefaults ? { country: profile.country ?? "", tz: profile.timezone ?? "" } : null,
    savedListingIds: saved,
  };
}
