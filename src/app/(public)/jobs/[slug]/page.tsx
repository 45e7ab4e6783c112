import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ApplySection } from "@/components/applications/apply-section";
import { CompanyCard } from "@/components/listings/company-card";
import { EligibilityVerdict } from "@/components/listings/eligibility-verdict";
import { ListingBody } from "@/components/listings/listing-body";
import { ListingReference } from "@/components/listings/listing-reference";
import { ListingBandPosition } from "@/components/salaries/band-position";
import { JobPostingJsonLd } from "@/components/seo/job-posting-json-ld";
import { LevelBadge } from "@/components/ui";
import { eligibilitySummary } from "@/lib/eligibility-text";
import { agoPhrase, formatDate, isoDate } from "@/lib/format";
import { formatPay } from "@/lib/pay";
import { pageMetadata } from "@/lib/seo/metadata";
import { listingPath } from "@/lib/site-url";
import { findPublishedListing, getRegionNames, getRegions } from "@/server/listings/public";

export async function generateMetadata({ params }: PageProps<"/jobs/[slug]">): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const listing = (await findPublishedListing(slug)) ?? notFound();
  const where = eligibilitySummary(listing, await getRegionNames());
  return pageMetadata({
    title: `${listing.title} at ${listing.company.name}`,
    description: `${listing.level.name} · ${formatPay(listing)} · Remote: ${where}. ${listing.description.slice(0, 140)}`,
    path: listingPath(listing.slug),
  });
}

// No loading.tsx and no Suspense here, on purpose: a streamed fallback sends the status line (200) before
// the listing is looked up, when an unknown or unpublished slug must answer a real 404; and streamed
// content only replaces its fallback with JavaScript, when the page must read fully without it.
export default async function ListingPage({ params }: PageProps<"/jobs/[slug]">) {
  await connection();
  const { slug } = await params;
  const [found, regions] = await Promise.all([findPublishedListing(slug), getRegions()]);
  const listing = found ?? notFound();
  const now = new Date();
  const freshAt = listing.confirmedAt ?? listing.publishedAt;

  return (
    <article aria-labelledby="listing-title" className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/jobs">
          All roles
        </Link>
      </nav>

      <header className="flex flex-col gap-3">
        <p className="text-lg font-medium text-ink-muted">{listing.company.name}</p>
        <h1 id="listing-title" className="max-w-4xl text-4xl font-bold tracking-tight text-ink">
          {listing.title}
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-ink-muted">
          <LevelBadge>{listing.level.name}</LevelBadge>
          {freshAt ? (
            <span>
              <time dateTime={isoDate(freshAt)}>
                {agoPhrase(listing.confirmedAt ? "Confirmed open" : "Posted", freshAt, now)}
              </time>
            </span>
          ) : null}
          {listing.expiresAt ? <span>Listed until {formatDate(listing.expiresAt)}</span> : null}
        </div>
        {/* On narrow screens the apply box sits below the description; this skips straight to it. */}
        <p className="lg:hidden">
          <a className="link text-sm font-medium" href="#apply">
            Jump to how to apply
          </a>
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <ListingBody
            listing={listing}
            regions={regions}
            afterPay={<ListingBandPosition listing={listing} regions={regions} />}
          />
          <ListingReference id={listing.id} publishedAt={listing.publishedAt} />
        </div>

        <aside aria-label="Apply and company" className="flex flex-col gap-6 lg:sticky lg:top-6">
          {/* The apply box belongs to the applications feature; this page only gives it a place. */}
          <EligibilityVerdict listing={listing} />
          <div id="apply" className="scroll-mt-6">
            <ApplySection listingId={listing.id} slug={listing.slug} />
          </div>
          <CompanyCard company={listing.company} />
        </aside>
      </div>
      <JobPostingJsonLd listing={listing} regions={regions} />
    </article>
  );
}
