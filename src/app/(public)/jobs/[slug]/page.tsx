import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingViewerPanel } from "@/components/applications/apply-box";
import { ApplyBar } from "@/components/listings/apply-bar";
import { CompanyCard } from "@/components/listings/company-card";
import { ListingBody } from "@/components/listings/listing-body";
import { ViewBeacon } from "@/components/listings/view-beacon";
import { ListingReference } from "@/components/listings/listing-reference";
import { ReportLink } from "@/components/reports/report-link";
import { ListingBandPosition } from "@/components/salaries/band-position";
import { JobPostingJsonLd } from "@/components/seo/job-posting-json-ld";
import { LevelBadge, VerifiedBadge } from "@/components/ui";
import { eligibilitySummary } from "@/lib/eligibility-text";
import { agoPhrase, formatDate, isoDate } from "@/lib/format";
import { formatPay } from "@/lib/pay";
import { pageMetadata } from "@/lib/seo/metadata";
import { companyPath, listingPath } from "@/lib/site-url";
import { getPublicResponsiveness } from "@/server/companies/responsiveness";
import { findPublishedListing, getRegionNames, getRegions } from "@/server/listings/public";

// The same page for every visitor (decision 011): rendered on its first request, kept in Next's full-route
// cache and expired with LISTINGS_TAG (its data carries the tag) or after 5 minutes. No slug is rendered at
// build time (the build has no database). Who is looking — the verdict, the apply box — is an island.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/jobs/[slug]">): Promise<Metadata> {
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
  const { slug } = await params;
  const [found, regions] = await Promise.all([findPublishedListing(slug), getRegions()]);
  const listing = found ?? notFound();
  const responsiveness = await getPublicResponsiveness(listing.company.slug);
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
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-medium text-ink-muted">
          <Link className="hover:underline" href={companyPath(listing.company.slug)}>
            {listing.company.name}
          </Link>
          {listing.company.verifiedDomain ? <VerifiedBadge domain={listing.company.verifiedDomain} /> : null}
        </p>
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
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <ListingBody
            listing={listing}
            regions={regions}
            afterPay={<ListingBandPosition listing={listing} regions={regions} />}
          />
          <ListingReference id={listing.id} publishedAt={listing.publishedAt} />
          <ReportLink slug={listing.slug} />
        </div>

        <aside aria-label="Apply and company" className="flex flex-col gap-6 lg:sticky lg:top-6">
          {/* The verdict and apply box belong to the applications feature; this page only gives them a place. */}
          <ListingViewerPanel listingId={listing.id} slug={listing.slug} />
          <CompanyCard company={listing.company} responsiveness={responsiveness} />
        </aside>
      </div>
      <ApplyBar pay={formatPay(listing)} />
      <JobPostingJsonLd listing={listing} regions={regions} />
      <ViewBeacon listingId={listing.id} />
    </article>
  );
}
