"use client";

import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { useViewer } from "@/components/viewer/viewer-store";
import type { ViewerMatchPage } from "@/lib/viewer";
import { MatchOrderList } from "./match-order-list";

type Loaded = { key: string; page: ViewerMatchPage } | { key: string; error: string };

/**
 * "Best match for me" on /jobs (decision 035). The page's HTML is the same for everyone: a prompt and the
 * newest roles (`children`). For a signed-in candidate this island asks /api/me/jobs for the same search
 * in their own order and shows it instead, each card with its match. `params` is the search without sort
 * or cursor; `cursor` is the match order's own. Without scripts the prompt links to /account/matches, the
 * same order rendered on the server.
 */
export function BestMatchResults({ params, cursor, children }: { params: string; cursor?: string; children: ReactNode }) {
  const viewer = useViewer();
  const role = viewer.status === "ready" ? (viewer.viewer.user?.role ?? null) : undefined;
  const key = `${params}&cursor=${cursor ?? ""}`;
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    if (role !== "CANDIDATE") return;
    let current = true;
    const url = `/api/me/jobs?${params}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    fetch(url, { cache: "no-store", credentials: "same-origin" })
      .then(async (response) => {
        const body = (await response.json()) as ViewerMatchPage | { error: string };
        if (!current) return;
        setLoaded("error" in body ? { key, error: body.error } : { key, page: body });
      })
      .catch(() => current && setLoaded({ key, error: "Your match could not be worked out just now; try again in a moment." }));
    return () => {
      current = false;
    };
  }, [role, params, cursor, key]);

  if (role !== "CANDIDATE") {
    const back = encodeURIComponent(`/jobs?${params}&sort=match`);
    return (
      <div className="flex flex-col gap-4" data-viewer-pending={role === undefined ? "" : undefined}>
        <div role="status" className="rounded-md border border-line bg-surface-muted px-4 py-3 text-sm text-ink">
          <p className="font-semibold">Best match for me orders roles by your own profile.</p>
          {role === undefined ? (
            // What a visitor without JavaScript keeps (scripts replace it): the island cannot learn who they
            // are, so the server-rendered page of their order is one plain link away (it asks them to sign in).
            <p className="mt-1">
              It weighs whether you can take each role, the level, your skills, your minimum pay and your on-call and take-home
              preferences.{" "}
              <Link className="link font-medium" href={`/account/matches?${params}`}>
                See your best matches
              </Link>{" "}
              (as a candidate; you sign in first if you have not). Meanwhile, here are the newest roles.
            </p>
          ) : role === null ? (
            <p className="mt-1">
              It weighs whether you can take each role, the level, your skills, your minimum pay and your on-call and take-home
              preferences.{" "}
              <Link className="link font-medium" href={`/sign-in?callbackUrl=${back}`}>
                Sign in as a candidate
              </Link>{" "}
              to see it. Meanwhile, here are the newest roles.
            </p>
          ) : (
            <p className="mt-1">It is for candidate accounts. Here are the newest roles.</p>
          )}
        </div>
        {children}
      </div>
    );
  }

  const current = loaded?.key === key ? loaded : undefined;
  if (!current) {
    return (
      <p role="status" className="text-sm text-ink-muted">
        Ordering roles by your match…
      </p>
    );
  }
  if ("error" in current) {
    return (
      <div className="flex flex-col gap-4">
        <p role="alert" className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
          {current.error}
        </p>
        {children}
      </div>
    );
  }
  return (
    <MatchOrderList
      page={current.page}
      firstPageHref={`/jobs?${params}&sort=match`}
      later={Boolean(cursor)}
      empty={<p className="text-sm text-ink">{cursor ? "No more roles." : "No roles match all of these filters."}</p>}
    />
  );
}
