import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, Card, EmptyState, FormMessage, LevelBadge, ListingStatusBadge, PageHeader } from "@/components/ui";
import { countByStatus, effectiveStatus, EXPIRING_SOON_DAYS, expiringSoon, groupListings } from "@/lib/employer-home";
import { formatDate, isoDate, plural } from "@/lib/format";
import { formatPay } from "@/lib/pay";
import { pageActor } from "@/server/auth/page-actor";
import { listOwnListings } from "@/server/listings/employer";

export const metadata: Metadata = { title: "Employer home" };

const statusWords = [
  ["PUBLISHED", "live"],
  ["PENDING_REVIEW", "in review"],
  ["DRAFT", "draft"],
  ["REJECTED", "rejected"],
  ["EXPIRED", "expired"],
  ["CLOSED", "closed"],
] as const;

export default async function EmployerHomePage({ searchParams }: PageProps<"/employer">) {
  const actor = await pageActor("EMPLOYER", "/employer");
  if (!actor) return null;
  const [listings, { done }] = await Promise.all([listOwnListings(actor), searchParams]);
  const now = new Date();
  const counts = countByStatus(listings, now);
  const soon = expiringSoon(listings, now);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Your company's roles"
        description="Every listing, by where it stands, with what to do next."
        actions={
          <>
            <ButtonLink href="/employer/listings/new">Post a role</ButtonLink>
            <ButtonLink href="/employer/listings" variant="secondary">
              All listings
            </ButtonLink>
          </>
        }
      />
      {done === "deleted" ? <FormMessage tone="success">The draft was deleted.</FormMessage> : null}

      {listings.length === 0 ? (
        <EmptyState
          title="No roles yet"
          description="Post your first role with its salary range and who can apply. Save it as a draft and come back, or submit it: a moderator reviews it before it goes live."
          action={<ButtonLink href="/employer/listings/new">Post your first role</ButtonLink>}
        />
      ) : (
        <>
          <p className="text-ink-muted">
            {statusWords
              .filter(([status]) => counts[status] > 0)
              .map(([status, word]) => `${counts[status]} ${word}`)
              .join(" · ")}
          </p>

          {soon.length > 0 ? (
            <section aria-labelledby="expiring-heading" className="flex flex-col gap-3">
              <h2 id="expiring-heading" className="text-xl font-semibold text-ink">
                Expiring within {EXPIRING_SOON_DAYS} days
              </h2>
              <ul className="flex flex-col gap-2">
                {soon.map((listing) => (
                  <li key={listing.id} className="text-sm">
                    <Link className="link font-medium" href={`/employer/listings/${listing.id}#manage`}>
                      {listing.title}
                    </Link>{" "}
                    expires <time dateTime={isoDate(listing.expiresAt!)}>{formatDate(listing.expiresAt!)}</time> — confirm it is
                    still open to keep it up.
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {groupListings(listings, now).map((group) =>
            group.listings.length === 0 ? null : (
              <section key={group.key} aria-labelledby={`${group.key}-heading`} className="flex flex-col gap-3">
                <h2 id={`${group.key}-heading`} className="text-xl font-semibold text-ink">
                  {group.title} ({group.listings.length})
                </h2>
                <ul className="flex flex-col gap-3">
                  {group.listings.map((listing) => (
                    <li key={listing.id}>
                      <Card padding="sm" className="flex flex-wrap items-center justify-between gap-3">
                        <div className="flex min-w-0 flex-col gap-1">
                          <Link className="link font-semibold" href={`/employer/listings/${listing.id}`}>
                            {listing.title}
                          </Link>
                          <p className="text-sm text-ink-muted">
                            {formatPay(listing)} · {plural(listing._count.applications, "application")}
                            {listing.status === "PUBLISHED" && listing.expiresAt ? (
                              <>
                                {" "}
                                · until <time dateTime={isoDate(listing.expiresAt)}>{formatDate(listing.expiresAt)}</time>
                              </>
                            ) : null}
                          </p>
                        </div>
                        <div className="flex flex-wrap items-center gap-2">
                          <LevelBadge>{listing.level.name}</LevelBadge>
                          <ListingStatusBadge status={effectiveStatus(listing, now)} />
                        </div>
                      </Card>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
        </>
      )}
    </div>
  );
}
