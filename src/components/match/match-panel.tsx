import Link from "next/link";
import { Card } from "@/components/ui";
import type { MatchResult } from "@/lib/match";
import { MatchReasons } from "./match-reasons";

/** The signed-in candidate's match with the listing on its page (the listing page's island). */
export function MatchPanel({ match }: { match: MatchResult }) {
  return (
    <Card as="section" aria-labelledby="match-heading" data-match-tier={match.tier}>
      <h2 id="match-heading" className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Your match
      </h2>
      <p className="mb-3 font-medium text-ink">{match.label}</p>
      <MatchReasons reasons={match.reasons} />
      <p className="mt-3 text-xs text-ink-muted">
        {`${match.score} of ${match.outOf} points, counted from your profile and what the employer states. `}
        <Link className="link" href="/account/profile#preferences">
          Change what counts
        </Link>
      </p>
    </Card>
  );
}
