"use client";

import { useCallback, useEffect, useState } from "react";
import type { ViewerListing } from "@/lib/viewer";
import { useViewer } from "./viewer-store";

export type ViewerListingState =
  | { status: "pending" }
  /** listing null: the listing stopped taking applications since the page was rendered. */
  | { status: "ready"; listing: ViewerListing | null };

const SIGNED_OUT: ViewerListing = {
  role: null,
  eligibility: null,
  application: null,
  emailVerified: false,
  saved: false,
  match: null,
};

async function fetchViewerListing(slug: string): Promise<ViewerListing | null> {
  const response = await fetch(`/api/me/listings/${encodeURIComponent(slug)}`, { cache: "no-store", credentials: "same-origin" });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`/api/me/listings answered ${response.status}`);
  return (await response.json()) as ViewerListing;
}

/**
 * The visitor's own side of a listing (verdict, application) for its page's islands: asked only once
 * someone is signed in; `reload` after they apply.
 */
export function useViewerListing(slug: string): { state: ViewerListingState; reload: () => void } {
  const viewer = useViewer();
  const who = viewer.status === "ready" ? (viewer.viewer.user?.email ?? "") : null;
  const [loaded, setLoaded] = useState<{ who: string; slug: string; listing: ViewerListing | null }>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!who) return;
    let current = true;
    fetchViewerListing(slug).then(
      (listing) => current && setLoaded({ who, slug, listing }),
      // Unknown trouble: answer as for a signed-out visitor (the links still work) rather than hide the box.
      () => current && setLoaded({ who, slug, listing: SIGNED_OUT }),
    );
    return () => {
      current = false;
    };
  }, [who, slug, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  if (who === null) return { state: { status: "pending" }, reload };
  if (who === "") return { state: { status: "ready", listing: SIGNED_OUT }, reload };
  // During a reload the last answer stays (no flash back to "pending").
  if (loaded?.who === who && loaded.slug === slug) return { state: { status: "ready", listing: loaded.listing }, reload };
  return { state: { status: "pending" }, reload };
}
