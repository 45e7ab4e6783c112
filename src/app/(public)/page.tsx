import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Button, ButtonLink, EmptyState } from "@/components/ui";
import { ListingCard } from "@/components/listings/listing-card";
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

export default async function HomePage({ searchParams }: PageProps<"/">) {
  await connection();
  // Old links filtered the home page by level; the search page does that now.
  const { level } = await searchParams;
  if (typeof level === "string" && /^[a-z0-9-]{1,60}$/.test(level)) redirect(`/jobs?level=${level}`);
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
                <ListingCard listing={listing} regionNames={regionNames} now={now} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
