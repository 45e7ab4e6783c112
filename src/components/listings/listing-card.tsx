import Link from "next/link";
import { LevelBadge, PayBadge } from "@/components/ui";
import { eligibilitySummary } from "@/lib/eligibility-text";
import { agoPhrase, isoDate } from "@/lib/format";
import { engagementModelLabel } from "@/lib/labels";
import { formatPay } from "@/lib/pay";
import { windowSummary } from "@/lib/timezones";
import type { ListingCardData } from "@/server/listings/public";
import { SkillTags } from "./skill-tags";

type Props = { listing: ListingCardData; regionNames: ReadonlyMap<string, string>; now: Date };

/** One listing in a list. The title link stretches over the card, so the whole card is a target. */
export function ListingCard({ listing, regionNames, now }: Props) {
  const posted = listing.publishedAt;
  const headingId = `listing-${listing.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="relative flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-card transition-colors has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus hover:border-line-strong sm:p-5"
    >
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="text-lg leading-snug font-semibold text-ink">
          <Link
            href={`/jobs/${listing.slug}`}
            className="rounded-sm after:absolute after:inset-0 after:rounded-lg hover:underline focus-visible:outline-none"
          >
            {listing.title}
          </Link>
        </h3>
        <p className="text-sm text-ink-muted">
          <span className="font-medium text-ink">{listing.company.name}</span>
          {posted ? (
            <>
              {" · "}
              <time dateTime={isoDate(posted)}>{agoPhrase("posted", posted, now)}</time>
            </>
          ) : null}
        </p>
      </div>

      <div className="flex flex-wrap gap-2">
        <LevelBadge>{listing.level.name}</LevelBadge>
        <PayBadge>{formatPay(listing)}</PayBadge>
      </div>

      <dl className="flex flex-col gap-x-8 gap-y-1 text-sm sm:flex-row sm:flex-wrap">
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">Open to:</dt>
          <dd className="font-medium text-ink">{eligibilitySummary(listing, regionNames)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">Hours:</dt>
          <dd className="text-ink">{windowSummary(listing)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">Engagement:</dt>
          <dd className="text-ink">{engagementModelLabel[listing.engagementModel]}</dd>
        </div>
      </dl>

      <SkillTags skills={listing.skills.map((s) => s.skill)} limit={6} />
    </article>
  );
}
