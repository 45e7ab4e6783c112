"use client";

import { useState } from "react";
import { toggleSavedListing } from "@/app/account/saved/actions";
import { SubmitButton } from "@/components/ui";
import { markListingSaved, useViewer } from "@/components/viewer/viewer-store";

/**
 * Save / unsave on a listing card, for signed-in candidates once the page knows them. The shared HTML has
 * nothing here (twenty forms would weigh on every list page, decision 012); without JavaScript, the
 * listing page's own save form is one click away.
 */
export function CardSaveToggle({ listingId, title }: { listingId: string; title: string }) {
  const viewer = useViewer();
  const [error, setError] = useState<string | null>(null);
  if (viewer.status !== "ready" || viewer.viewer.user?.role !== "CANDIDATE") return null;
  const saved = viewer.viewer.savedListingIds.includes(listingId);
  async function toggle(formData: FormData) {
    const state = await toggleSavedListing(formData);
    if (state.status === "error") setError(state.message);
    else {
      setError(null);
      markListingSaved(listingId, !saved);
    }
  }
  return (
    // Above the title link, which stretches over the whole card.
    <form action={toggle} className="relative z-10 flex flex-wrap items-center gap-2 self-start">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="intent" value={saved ? "unsave" : "save"} />
      <SubmitButton variant="ghost" size="sm" pendingLabel={saved ? "Removing…" : "Saving…"}>
        {saved ? "★ Saved" : "☆ Save"}
        <span className="sr-only">
          {saved ? ": remove " : " "}
          {title}
          {saved ? " from your saved roles" : ""}
        </span>
      </SubmitButton>
      {error ? (
        <span role="status" className="text-sm text-danger-text">
          {error}
        </span>
      ) : null}
    </form>
  );
}
