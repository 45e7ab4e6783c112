"use client";

import { useState } from "react";
import { toggleSavedListing, toggleSavedListingForm } from "@/app/account/saved/actions";
import { SubmitButton } from "@/components/ui";
import { markListingSaved } from "@/components/viewer/viewer-store";
import type { ViewerListing } from "@/lib/viewer";

type Props = {
  slug: string;
  listingId: string;
  /** The visitor's side of the listing; undefined while it is being asked for (or without JavaScript). */
  listing: ViewerListing | null | undefined;
  reload: () => void;
};

/**
 * Save / unsave a listing. The shared HTML is a plain form that saves and comes back (signing in first
 * if needed), so it works without JavaScript; once the visitor is known, the button says whether the
 * role is saved and toggles it in place.
 */
export function SaveListingToggle({ slug, listingId, listing, reload }: Props) {
  const [error, setError] = useState<string | null>(null);
  if (listing === null || (listing && listing.role !== null && listing.role !== "CANDIDATE")) return null;
  const known = listing?.role === "CANDIDATE";
  const saved = known && listing.saved;
  async function toggle(formData: FormData) {
    const state = await toggleSavedListing(formData);
    setError(state.status === "error" ? state.message : null);
    if (state.status !== "error") markListingSaved(listingId, !saved);
    reload();
  }
  return (
    <form action={known ? toggle : toggleSavedListingForm} className="flex flex-col gap-1">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="returnTo" value={`/jobs/${slug}`} />
      <input type="hidden" name="intent" value={saved ? "unsave" : "save"} />
      {saved ? <p className="text-sm font-medium text-ink">★ In your saved roles</p> : null}
      <SubmitButton variant="secondary" size="sm" pendingLabel={saved ? "Removing…" : "Saving…"}>
        {saved ? "Remove from saved" : "Save this role"}
      </SubmitButton>
      <p role="status" className="text-sm text-danger-text">
        {error}
      </p>
    </form>
  );
}
