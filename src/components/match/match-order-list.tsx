import Link from "next/link";
import type { ReactNode } from "react";
import { ListingCard } from "@/components/listings/listing-card";
import { MATCH_CANDIDATES } from "@/lib/search-limits";
import type { ViewerMatchPage } from "@/lib/viewer";
import { withMatchCursor } from "./match-links";

/**
 * One page of the candidate's "Best match for me" order (decision 035), each card with its label and
 * reasons (a <details>, so they open without scripts too), and the links to the first and next pages.
 * Rendered by the /jobs island from /api/me/jobs and by the server on /account/matches.
 */
export function MatchOrderList({
  page,
  firstPageHref,
  later,
  empty,
}: {
  page: ViewerMatchPage;
  /** This search's first page in the match order; it has a query, to which the next page adds its cursor. */
  firstPageHref: string;
  /** This page came from a cursor, so there is a first page to go back to. */
  later: boolean;
  /** What an empty page says. */
  empty: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">
        {`Ordered by your match with each role, from your profile; among the newest ${MATCH_CANDIDATES.toLocaleString("en-US")} roles this search gives. `}
        <Link className="link" href="/account/profile#preferences">
          Change what counts
        </Link>
      </p>
      {page.items.length === 0 ? (
        empty
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Your best matches">
          {page.items.map(({ card, match }) => (
            <li key={card.id}>
              <ListingCard card={card} match={match} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="More matches" className="flex flex-wrap items-center justify-between gap-3 text-sm">
        {later ? (
          <Link className="link" href={firstPageHref}>
            Back to the first page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link className="link font-medium" href={withMatchCursor(firstPageHref, page.nextCursor)} rel="next">
            Next page →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
