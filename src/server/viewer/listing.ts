import "server-only";
import { assessEligibility } from "@/lib/eligibility";
import { timezoneOffsetMinutes } from "@/lib/utc-offset";
import type { ViewerListing } from "@/lib/viewer";
import { isEmailVerified } from "@/server/accounts/verification";
import { findOwnApplication } from "@/server/applications/candidate";
import type { Actor } from "@/server/auth/session";
import { getCandidateEligibilityProfile, type CandidateEligibilityProfile } from "@/server/candidates/eligibility-profile";
import { isListingSaved } from "@/server/candidates/saved-listings";
import { findPublishedListing } from "@/server/listings/public";
import { getSearchVocabulary } from "@/server/search/options";
import { describeViewerMatch } from "./matches";

const EMPTY_PROFILE: CandidateEligibilityProfile = { country: null, timezone: null, workAuthorizations: [], workDay: null };

/**
 * The visitor's own side of a live listing: their eligibility verdict (candidates with a profile) and
 * their application to it. Null when the listing is not live, exactly as for a slug that never existed,
 * so asking reveals nothing the public page does not.
 */
export async function describeViewerListing(actor: Actor | null, slug: string): Promise<ViewerListing | null> {
  const listing = await findPublishedListing(slug);
  if (!listing) return null;
  if (!actor) return { role: null, eligibility: null, application: null, emailVerified: false, saved: false, match: null };
  const [profile, application, emailVerified, saved, match] = await Promise.all([
    getCandidateEligibilityProfile(actor),
    findOwnApplication(actor, listing.id),
    isEmailVerified(actor.id),
    isListingSaved(actor, listing.id),
    describeViewerMatch(actor, listing.id),
  ]);
  // A candidate who has not filled in a profile yet still gets a verdict: its "check" points say what to
  // add, and link to those fields.
  const known = profile ?? (actor.role === "CANDIDATE" ? EMPTY_PROFILE : null);
  const eligibility = known
    ? assessEligibility(
        listing,
        {
          country: known.country,
          utcOffsetMinutes: known.timezone ? timezoneOffsetMinutes(known.timezone) : null,
          workAuthorizations: known.workAuthorizations,
          workDay: known.workDay ?? undefined,
        },
        (await getSearchVocabulary()).regions,
      )
    : null;
  return {
    role: actor.role,
    eligibility,
    application: application ? { id: application.id, createdAt: application.createdAt.toISOString() } : null,
    emailVerified,
    saved,
    match,
  };
}
