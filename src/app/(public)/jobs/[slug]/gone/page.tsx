import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ListingCard } from "@/components/listings/listing-card";
import { ButtonLink, EmptyState } from "@/components/ui";
import { formatDate, isoDate } from "@/lib/format";
import { findGoneListing, findSimilarLiveListings } from "@/server/listings/gone";
import { getRegionNames } from "@/server/listings/public";

// The "no longer open" view of an ended listing. Visitors never reach this URL: the proxy serves this page's
// HTML at the listing's own URL with status 410, and answers 404 to anyone asking for it directly
// (src/server/listings/gone-response.ts). No JobPosting markup here: the role is not open.

const goneOr404 = cache(async (slug: string) => (await findGoneListing(slug)) ?? notFound());

export async function generateMetadata({ params }: PageProps<"/jobs/[slug]/gone">): Promise<Metadata> {
  await connection();
  const listing = await goneOr404((await params).slug);
  return {
    title: `No longer open: ${listing.title}`,
    description: `${listing.title} at ${listing.companyName} no longer takes applications.`,
    robots: { index: false, follow: true },
  };
}

export default async function GoneListingPage({ params }: PageProps<"/jobs/[slug]/gone">) {
  await connection();
  const listing = await goneOr404((await params).slug);
  const [similar, regionNames] = await Promise.all([findSimilarLiveListings(listing.level.slug), getRegionNames()]);
  const now = new Date();
  const ended = listing.reason === "closed" ? "The employer closed it" : "Its listing period ended";

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="gone-heading" className="flex max-w-3xl flex-col gap-3">
        <p className="text-lg font-medium text-ink-muted">{listing.companyName}</p>
        <h1 id="gone-heading" className="text-3xl font-bold tracking-tight text-ink">
          This role is no longer open
        </h1>
        <p className="text-lg text-ink">
          <span className="font-semibold">{listing.title}</span> no longer takes applications. {ended}
          {listing.endedAt ? (
            <>
              {" "}
              on <time dateTime={isoDate(listing.endedAt)}>{formatDate(listing.endedAt)}</time>
            </>
          ) : null}
          .
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          <ButtonLink href={`/jobs?level=${encodeURIComponent(listing.level.slug)}`}>Open {listing.level.name} roles</ButtonLink>
          <ButtonLink href="/jobs" variant="secondary">
            All open roles
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="similar-heading" className="flex flex-col gap-4">
        <h2 id="similar-heading" className="text-2xl font-semibold text-ink">
          Open {listing.level.name} roles
        </h2>
        {similar.length === 0 ? (
          <EmptyState
            title={`No open ${listing.level.name} roles right now`}
            description={
              <>
                New roles appear as soon as a moderator approves them.{" "}
                <Link className="link" href="/jobs">
                  See every open role
                </Link>
              </>
            }
          />
        ) : (
          <ol className="flex flex-col gap-4">
            {similar.map((card) => (
              <li key={card.id}>
                <ListingCard listing={card} regionNames={regionNames} now={now} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
