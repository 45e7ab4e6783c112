"use client";

import { useEffect } from "react";

// Listings whose view this page load already reported (React runs effects twice in development).
const reported = new Set<string>();

/**
 * Reports one view of a listing page. The page is the same cached HTML for every visitor (decision 011),
 * so the server never sees who opened it; this beacon is how a view is counted — a listing id and nothing
 * else, no cookie (docs/decisions/032-listing-stats.md). Renders nothing.
 */
export function ViewBeacon({ listingId }: { listingId: string }) {
  useEffect(() => {
    if (reported.has(listingId)) return;
    reported.add(listingId);
    const body = new Blob([listingId], { type: "text/plain" });
    // sendBeacon survives the visitor leaving at once; the server reads no cookie or header of it but the UA.
    if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon("/api/views", body)) return;
    void fetch("/api/views", { method: "POST", body, keepalive: true, credentials: "omit" }).catch(() => undefined);
  }, [listingId]);
  return null;
}
