import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, ButtonLink, EmptyState } from "@/components/ui";
import { ListingCard } from "@/components/listings/listing-card";
import { listingCardView } from "@/lib/listing-card-view";
import { plural } from "@/lib/format";
import { emptySearchQuery } from "@/lib/schemas/search";
import { pageMetadata } from "@/lib/seo/metadata";
import { cachedSearchListings } from "@/server/search/cached";
import { getCachedRegionNames } from "@/server/search/options";

// A landing page: the newest few, then /jobs for everything (a short page is also a fast one).
const NEWEST = 12;

export const metadata: Metadata = pageMetadata({
  title: "Backplane — remote backend architect jobs",
  description:
    "Remote backend architect roles with real salary ranges and structured eligibility: see only the roles open to your country and timezone.",
  path: "/",
  absoluteTitle: true,
});

// The home page is the same for every visitor (decision 011): rendered on its first request, kept in Next's
// full-route cache, and expired with LISTINGS_TAG, which its data carries, or after 5 minutes. An optional
// catch-all rather than a plain page only so that it renders on that first request instead of at build
// time (the build has no database): "/" is the empty path, and every other path that no route claims is a
// 404 here, as it would be anyway. (Old /?level= links are redirected in next.config.ts.)
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ home: string[] }[]> {
  return [];
}

export default async function HomePage({ params }: PageProps<"/[[...home]]">) {
  if ((await params).home) notFound();
  // The same cached search as /jobs (shared by every visitor, expired by LISTINGS_TAG).
  const [{ items: listings, total = 0 }, regionNames] = await Promise.all([
    cachedSearchListings({ ...emptySearchQuery(), limit: NEWEST }, { facets: true }),
    getCachedRegionNames(),
  ]);
  const now = new Date();

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="hero-heading" className="flex flex-col gap-4">
        <h1 id="hero-heading" className="max-w-3xl text-4xl font-bold tracking-tight text-ink">
          Remote backend architect roles, with real pay and clear eligibility.
        </h1>
        <p className="max-w-2xl text-lg text-ink-muted">
          Every listing states its salary range, the countries and timezones it hires in, and how you would be engaged — so you
          can tell in seconds whether a role is open to you.
        </p>
        {/* A plain GET form: searching from the home page needs no JavaScript. */}
        <form action="/jobs" method="get" role="search" aria-label="Search roles" className="flex max-w-2xl flex-wrap gap-2">
          <label htmlFor="home-q" className="sr-only">
            Search roles
          </label>
          <input
            id="home-q"
            type="search"
            name="q"
            placeholder="Kafka, payments, event sourcing…"
            className="block min-h-10 min-w-0 flex-1 rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus"
          />
          <Button type="submit">Search</Button>
        </form>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/roles/remote-backend-architect" variant="secondary">
            What the role involves
          </ButtonLink>
          <ButtonLink href="/sign-up?role=employer" variant="ghost">
            Hiring? Post a role
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="listings-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="listings-heading" className="text-2xl font-semibold text-ink">
            Newest roles
          </h2>
          <p className="text-sm text-ink-muted">
            {total > listings.length
              ? `The newest ${listings.length} of ${plural(total, "open role")}. `
              : `${plural(total, "open role")}. `}
            <Link className="link font-medium" href="/jobs">
              See all and filter
            </Link>
          </p>
        </div>
        {listings.length === 0 ? (
          <EmptyState
            title="No open roles yet"
            description="New roles appear here as soon as a moderator approves them."
            action={<ButtonLink href="/sign-up?role=employer">Post a role</ButtonLink>}
          />
        ) : (
          <ol className="flex flex-col gap-4">
            {listings.map((listing) => (
              <li key={listing.id}>
                <ListingCard card={listingCardView(listing, regionNames, now)} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
