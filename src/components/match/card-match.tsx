"use client";

import type { MatchResult } from "@/lib/match";
import { useViewerMatch } from "./use-viewer-matches";
import { MatchReasons } from "./match-reasons";

/**
 * The signed-in candidate's match on a listing card: the label, and the reasons one click away. Nothing in
 * the shared HTML (decision 011); `given` when the page already has it (the best-match list), otherwise
 * asked with the page's other cards in one /api/me/matches request.
 */
export function CardMatch({ listingId, given }: { listingId: string; given?: MatchResult }) {
  const asked = useViewerMatch(given ? null : listingId);
  const match = given ?? asked;
  if (!match) return null;
  return (
    // Above the title link, which stretches over the whole card.
    <details className="relative z-10 text-sm" data-match-tier={match.tier}>
      <summary className="cursor-pointer rounded-sm font-medium text-ink">{match.label}</summary>
      <div className="mt-2">
        <MatchReasons reasons={match.reasons} />
        <p className="mt-1 text-xs text-ink-muted">{`${match.score} of ${match.outOf} points from your profile.`}</p>
      </div>
    </details>
  );
}
