import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ButtonLink, EmptyState } from "@/components/ui";
import { FilterNote, ListingCard } from "@/components/listings/listing-card";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";
import { countPublishedListings, findLevelName, getRegionNames, listNewestPublishedListings } from "@/server/listings/public";

// The level filter is the one the role profile's ladder links to; full search comes later.
function levelParam(value: string | string[] | undefined): string | undefined {
  const level = Array.isArray(value) ? value[0] : value;
  return level && /^[a-z0-9-]{1,60}$/.test(level) ? level : undefined;
}

export const metadata: Metadata = pageMetadata({
  title: "Backplane — remote backend architect jobs",
  description:
    "Remote backend architect roles with real salary ranges and structured eligibility: see only the roles open to your country and timezone.",
  path: "/",
  absoluteTitle: true,
});

export default async function HomePage({ searchParams }: PageProps<"/">) {
  await connection();
  const levelSlug = levelParam((await searchParams).level);
  const [listings, total, regionNames, levelName] = await Promise.all([
    listNewestPublishedListings({ levelSlug }),
    countPublishedListings({ levelSlug }),
    getRegionNames(),
    levelSlug ? findLevelName(levelSlug) : null,
  ]);
  const now = new Date();

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="hero-heading" className="flex flex-col gap-4">
        <h1 id="hero-heading" className="max-w-3xl text-4xl font-bold tracking-tight text-ink">
          Remote backend architect roles, with real pay and clear eligibility.
        </h1>
        <p className="max-w-2xl text-lg text-ink-muted">
          Every listing states its salary range, the countries and timezones it hires in, and how you would be
          engaged — so you can tell in seconds whether a role is open to you.
        </p>
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
            {total > listings.length ? `The newest ${listings.length} of ${plural(total, "open role")}` : plural(total, "open role")}
          </p>
        </div>
        {levelSlug ? <FilterNote label={levelName ?? "an unknown level"} clearHref="/" /> : null}
        {listings.length === 0 ? (
          <EmptyState
            title={levelSlug ? "No open roles at this level right now" : "No open roles yet"}
            description={
              <>
                New roles appear here as soon as a moderator approves them.{" "}
                {levelSlug ? (
                  <Link className="link" href="/">
                    See all levels
                  </Link>
                ) : null}
              </>
            }
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
