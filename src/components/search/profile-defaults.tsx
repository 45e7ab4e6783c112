"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { useViewer } from "@/components/viewer/viewer-store";

/**
 * A signed-in candidate's search starts from their profile's country and timezone (an island: the search
 * page is the same for everyone). Once either key is in the URL, even blank (cleared), it is the visitor's
 * choice and stays; the URL always says what is filtered, so the page stays shareable.
 */
export function ProfileDefaults() {
  const viewer = useViewer();
  const params = useSearchParams();
  const router = useRouter();
  const defaults = viewer.status === "ready" ? viewer.viewer.searchDefaults : null;
  const untouched = !params.has("country") && !params.has("tz");

  useEffect(() => {
    if (!defaults || !untouched) return;
    const next = new URLSearchParams(params);
    next.delete("cursor");
    next.set("country", defaults.country);
    next.set("tz", defaults.tz);
    router.replace(`/jobs?${next.toString()}`, { scroll: false });
  }, [defaults, untouched, params, router]);

  const fromProfile =
    defaults &&
    ((defaults.country && params.get("country") === defaults.country) || (defaults.tz && params.get("tz") === defaults.tz));
  if (!fromProfile) return null;
  return <p className="text-sm text-ink-muted">Filled in from your profile; change or clear them for this search.</p>;
}
