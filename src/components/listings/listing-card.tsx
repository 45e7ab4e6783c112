"use client";

import Link from "next/link";
import { CompanyLogo } from "@/components/companies/company-logo";
import { CardSaveToggle } from "@/components/candidates/card-save-toggle";
import { CardMatch } from "@/components/match/card-match";
import { Badge, LevelBadge, PayBadge, VerifiedBadge } from "@/components/ui/badge";
import type { ListingCardView } from "@/lib/listing-card-view";
import type { MatchResult } from "@/lib/match";

/**
 * One listing in a list, from its words (src/lib/listing-card-view.ts). A client component only so that a
 * page's RSC payload carries each card as a small record rather than as a tree of elements; its only
 * per-visitor parts are the candidate's match and save toggle, which render nothing until the visitor is
 * known (`match` when the page already has it: the best-match list).
 * Styles: .listing-card in globals.css. The title link stretches over the card, so the whole card is a
 * target.
 */
export function ListingCard({ card, match }: { card: ListingCardView; match?: MatchResult }) {
  const headingId = `listing-${card.id}`;
  return (
    <article aria-labelledby={headingId} className="listing-card">
      <div className="flex items-start gap-3">
        <CompanyLogo name={card.company} src={card.companyLogo} size="sm" />
        <div className="flex min-w-0 flex-col gap-1">
          <h3 id={headingId}>
            {/* No prefetch: a page of twenty cards would fetch twenty listings the visitor mostly never opens
                (main-thread work right after load, and load on the server); listing pages are cached anyway. */}
            <Link href={`/jobs/${card.slug}`} prefetch={false}>
              {card.title}
            </Link>
          </h3>
          <p>
            {/* Above the title's stretched link, so the company name leads to its own page. */}
            <Link
              className="relative z-10 hover:underline"
              href={`/companies/${encodeURIComponent(card.companySlug)}`}
              prefetch={false}
            >
              <strong>{card.company}</strong>
            </Link>
            {card.posted ? (
              <>
                {" · "}
                <time dateTime={card.posted.at}>{card.posted.text}</time>
              </>
            ) : null}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <LevelBadge>{card.level}</LevelBadge>
        <PayBadge>{card.pay}</PayBadge>
        {card.verified ? <VerifiedBadge /> : null}
        {card.facts.map((fact) => (
          <Badge key={fact}>{fact}</Badge>
        ))}
      </div>
      <p>
        Open to <strong>{card.where}</strong>
        {` · ${card.hours} · ${card.engagement}`}
      </p>
      {card.skills ? <p>{`Skills: ${card.skills}`}</p> : null}
      <CardMatch listingId={card.id} given={match} />
      <CardSaveToggle listingId={card.id} title={card.title} />
    </article>
  );
}
