"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { UnverifiedNotice } from "@/components/account/unverified-notice";
import { SaveListingToggle } from "@/components/candidates/save-listing-toggle";
import { EligibilityVerdict } from "@/components/listings/eligibility-verdict";
import { ButtonLink, Card } from "@/components/ui";
import { MatchPanel } from "@/components/match/match-panel";
import { useViewerListing } from "@/components/viewer/use-viewer-listing";
import type { ViewerListing } from "@/lib/viewer";
import { AppliedMessage } from "./applied-message";
import { ApplyForm } from "./apply-form";

type Props = { slug: string; listingId: string };

/** Signed out (and the page's shared HTML): both links lead to the apply page, which works without scripts. */
function SignInToApply({ slug, pending }: { slug: string; pending: boolean }) {
  const back = encodeURIComponent(`/jobs/${slug}/apply`);
  return (
    <div className="flex flex-wrap items-center gap-3" data-viewer-pending={pending ? "" : undefined}>
      <ButtonLink href={`/sign-in?callbackUrl=${back}`}>Sign in to apply</ButtonLink>
      <Link className="link text-sm" href={`/sign-up?callbackUrl=${back}`}>
        or create a candidate account
      </Link>
    </div>
  );
}

/** Once applied; right after applying, focus moves here so keyboard and screen reader users land on it. */
function Applied({ application, focus }: { application: NonNullable<ViewerListing["application"]>; focus: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  return (
    <div ref={box} tabIndex={-1}>
      <AppliedMessage application={application} />
    </div>
  );
}

function Body({
  slug,
  listingId,
  listing,
  onApplied,
  justApplied,
}: Props & {
  listing: ViewerListing | null;
  onApplied: () => void;
  justApplied: boolean;
}) {
  if (!listing) return <p className="text-sm text-ink-muted">This role no longer takes applications.</p>;
  if (!listing.role) return <SignInToApply slug={slug} pending={false} />;
  if (listing.role !== "CANDIDATE")
    return <p className="text-sm text-ink-muted">Applications are sent from candidate accounts.</p>;
  if (listing.application) return <Applied application={listing.application} focus={justApplied} />;
  if (!listing.emailVerified) return <UnverifiedNotice what="apply" />;
  return <ApplyForm listingId={listingId} slug={slug} onApplied={onApplied} />;
}

/**
 * The per-visitor side of a listing page (decision 011): the candidate's eligibility verdict and the apply
 * box. The page itself is shared by everyone; this island asks /api/me/listings/<slug> once someone is
 * signed in.
 */
export function ListingViewerPanel({ slug, listingId }: Props) {
  const { state, reload } = useViewerListing(slug);
  const [justApplied, setJustApplied] = useState(false);
  const listing = state.status === "ready" ? state.listing : undefined;
  const onApplied = useCallback(() => {
    setJustApplied(true);
    reload();
  }, [reload]);
  return (
    <>
      <SaveListingToggle slug={slug} listingId={listingId} listing={listing} reload={reload} />
      {listing?.match ? <MatchPanel match={listing.match} /> : null}
      {listing?.eligibility ? <EligibilityVerdict result={listing.eligibility} /> : null}
      <div id="apply" className="scroll-mt-6">
        <Card>
          <section aria-labelledby="apply-heading" className="space-y-3">
            <h2 id="apply-heading" className="text-lg font-semibold text-ink">
              Apply
            </h2>
            {listing === undefined ? (
              <SignInToApply slug={slug} pending />
            ) : (
              <Body slug={slug} listingId={listingId} listing={listing} onApplied={onApplied} justApplied={justApplied} />
            )}
          </section>
        </Card>
      </div>
    </>
  );
}
