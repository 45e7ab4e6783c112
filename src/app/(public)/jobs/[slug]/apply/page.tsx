import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppliedMessage } from "@/components/applications/applied-message";
import { ApplyForm } from "@/components/applications/apply-form";
import { UnverifiedNotice } from "@/components/account/unverified-notice";
import { EligibilityVerdict } from "@/components/listings/eligibility-verdict";
import { Card, PageHeader } from "@/components/ui";
import { listingPath } from "@/lib/site-url";
import { pageActor } from "@/server/auth/page-actor";
import { findPublishedListing } from "@/server/listings/public";
import { listOwnCvs } from "@/server/documents/cvs";
import { describeViewerListing } from "@/server/viewer/listing";

// Applying as a page of its own: where the listing page's "Sign in to apply" leads, so that signing in,
// the eligibility verdict and the application all work without JavaScript (the listing page shows the
// same inline, as an island). Per visitor, so rendered per request and never indexed.
export async function generateMetadata({ params }: PageProps<"/jobs/[slug]/apply">): Promise<Metadata> {
  const listing = await findPublishedListing((await params).slug);
  return { title: listing ? `Apply: ${listing.title}` : "Apply", robots: { index: false, follow: false } };
}

export default async function ApplyPage({ params }: PageProps<"/jobs/[slug]/apply">) {
  const { slug } = await params;
  const listing = (await findPublishedListing(slug)) ?? notFound();
  const actor = await pageActor("CANDIDATE", `${listingPath(slug)}/apply`);
  const mine = actor ? await describeViewerListing(actor, slug) : null;
  const cvs = actor && mine ? await listOwnCvs(actor) : [];

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href={listingPath(listing.slug)}>
          Back to the role
        </Link>
      </nav>
      <PageHeader title={`Apply: ${listing.title}`} description={`${listing.company.name} · ${listing.level.name}`} />
      {!actor || !mine ? (
        <Card>
          <p className="text-ink-muted">Applications are sent from candidate accounts.</p>
        </Card>
      ) : (
        <>
          {mine.eligibility ? <EligibilityVerdict result={mine.eligibility} /> : null}
          <Card>
            {mine.application ? (
              <AppliedMessage application={mine.application} />
            ) : mine.emailVerified ? (
              <ApplyForm
                listingId={listing.id}
                slug={listing.slug}
                cvs={cvs.map((cv) => ({ id: cv.id, filename: cv.filename }))}
              />
            ) : (
              <UnverifiedNotice what="apply" />
            )}
          </Card>
        </>
      )}
    </div>
  );
}
