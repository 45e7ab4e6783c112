import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { Card, PageHeader } from "@/components/ui";
import { listingPath } from "@/lib/site-url";
import { pageActor } from "@/server/auth/page-actor";
import { findPublishedListing } from "@/server/listings/public";

// Reporting as a page of its own, where the listing page's report link leads: signing in and the form
// both work without JavaScript. Per visitor, so rendered per request and never indexed.
export async function generateMetadata({ params }: PageProps<"/jobs/[slug]/report">): Promise<Metadata> {
  const listing = await findPublishedListing((await params).slug);
  return { title: listing ? `Report: ${listing.title}` : "Report a listing", robots: { index: false, follow: false } };
}

export default async function ReportPage({ params }: PageProps<"/jobs/[slug]/report">) {
  const { slug } = await params;
  const listing = (await findPublishedListing(slug)) ?? notFound();
  await pageActor("ANY", `${listingPath(slug)}/report`);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href={listingPath(listing.slug)}>
          Back to the role
        </Link>
      </nav>
      <PageHeader
        title={`Report: ${listing.title}`}
        description={`${listing.company.name}. Moderators read every report; the employer does not see who sent it.`}
      />
      <Card>
        <ReportForm listingId={listing.id} />
      </Card>
    </div>
  );
}
