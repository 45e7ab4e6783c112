import type { EligibilityResult } from "@/lib/eligibility";
import type { ListingCardView } from "@/lib/listing-card-view";
import type { MatchResult } from "@/lib/match";

// What the per-visitor islands on shared pages receive (docs/decisions/011-one-url-per-page.md). Public
// pages render the same HTML for everyone; a visitor's own parts come from /api/me as these shapes,
// and only ever describe the visitor who asks.

export type ViewerRole = "CANDIDATE" | "EMPLOYER" | "ADMIN";

export type Viewer = {
  user: { name: string; email: string; role: ViewerRole } | null;
  /** A candidate's profile country and timezone, the starting filters of a search; null for anyone else. */
  searchDefaults: { country: string; tz: string } | null;
  /** The ids of the listings a candidate saved, for the save toggles on listing cards; empty for anyone else. */
  savedListingIds: string[];
};

export const ANONYMOUS_VIEWER: Viewer = { user: null, searchDefaults: null, savedListingIds: [] };

export type ViewerListing = {
  /** Who is asking, so the apply box can word itself (null: signed out). */
  role: ViewerRole | null;
  /** The candidate's verdict from their profile; null for other roles or a candidate without one. */
  eligibility: EligibilityResult | null;
  /** The candidate's own application to this listing. */
  application: { id: string; createdAt: string } | null;
  /** Whether the visitor's address is confirmed: applying waits for it (decision 021). */
  emailVerified: boolean;
  /** Whether the candidate saved this listing (always false for anyone else). */
  saved: boolean;
  /** The candidate's personal match with the listing (decision 035); null for anyone else. */
  match: MatchResult | null;
};

/**
 * A cookie scripts may read that says "this browser has signed in", so islands ask /api/me only when
 * there is someone to ask about (most visitors never do). It holds a random value per sign-in and no
 * identity; the session itself stays in the httpOnly session cookie, and /api/me decides.
 */
export const VIEWER_HINT_COOKIE = "bp-signed-in";

/** One page of "Best match for me" (/api/me/jobs): the cards in the candidate's order, each with its match. */
export type ViewerMatchPage = {
  items: { card: ListingCardView; match: MatchResult }[];
  /** The next page's cursor (sort=match); null on the last page. */
  nextCursor: string | null;
};
