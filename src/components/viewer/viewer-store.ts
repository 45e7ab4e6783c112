"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { ANONYMOUS_VIEWER, VIEWER_HINT_COOKIE, type Viewer } from "@/lib/viewer";

// Who is looking, for the islands on shared pages (docs/decisions/011-one-url-per-page.md). The page's
// HTML is the same for everyone and renders as "pending"; in the browser one store per page load asks
// /api/me, and only when the sign-in hint cookie says someone signed in (most visitors never ask). A
// change of the hint (signing in or out, here or in another tab) is noticed when the browser reports a
// cookie change (CookieStore, where there is one), after each navigation, and when the window regains
// focus, so the header follows without a page load.

export type ViewerState = { status: "pending" } | { status: "ready"; viewer: Viewer };

const PENDING: ViewerState = { status: "pending" };
let state: ViewerState = PENDING;
/** The hint the state belongs to; undefined until the first check in this page load. */
let knownHint: string | null | undefined;
const listeners = new Set<() => void>();

function readHint(): string | null {
  const prefix = `${VIEWER_HINT_COOKIE}=`;
  const entry = document.cookie.split("; ").find((part) => part.startsWith(prefix));
  return entry ? entry.slice(prefix.length) || null : null;
}

function publish(next: ViewerState) {
  state = next;
  for (const listener of listeners) listener();
}

/** /api/me's answer, or null when there was none (the request cut short by the page unloading, a 5xx, offline). */
async function fetchViewer(): Promise<Viewer | null> {
  try {
    const response = await fetch("/api/me", { cache: "no-store", credentials: "same-origin" });
    return response.ok ? ((await response.json()) as Viewer) : null;
  } catch {
    return null;
  }
}

/** Reads the hint; when it changed since the last look, finds out who is signed in now. */
export function checkViewer(): void {
  const hint = readHint();
  if (hint === knownHint) return;
  knownHint = hint;
  if (!hint) return publish({ status: "ready", viewer: ANONYMOUS_VIEWER });
  publish(PENDING);
  void fetchViewer().then((answer) => {
    if (knownHint !== hint) return; // signed in or out again meanwhile; that check publishes
    // A hint outliving its session (expired, revoked elsewhere) is dropped, so the next page asks no more.
    // Only an answer saying "nobody" drops it: a request aborted by leaving the page dropped it for the
    // next page too, which then showed a signed-in visitor as signed out.
    if (answer && !answer.user) document.cookie = `${VIEWER_HINT_COOKIE}=; path=/; max-age=0`;
    publish({ status: "ready", viewer: answer ?? ANONYMOUS_VIEWER });
  });
}

/** After the visitor saved or unsaved a listing in place: the cards' toggles follow without asking again. */
export function markListingSaved(listingId: string, saved: boolean): void {
  if (state.status !== "ready") return;
  const others = state.viewer.savedListingIds.filter((id) => id !== listingId);
  publish({ status: "ready", viewer: { ...state.viewer, savedListingIds: saved ? [listingId, ...others] : others } });
}

type CookieChanges = {
  addEventListener(type: "change", listener: () => void): void;
  removeEventListener(type: "change", listener: () => void): void;
};
const cookieChanges = () => (window as unknown as { cookieStore?: CookieChanges }).cookieStore;

/**
 * For the sign-out button: its action ends in a redirect that may land on the same URL, so watch the hint
 * for a few seconds instead of waiting for a navigation.
 */
export function watchViewerChange(): void {
  const before = knownHint;
  let tries = 0;
  const timer = window.setInterval(() => {
    checkViewer();
    if (knownHint !== before || ++tries >= 25) window.clearInterval(timer);
  }, 200);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener("focus", checkViewer);
    cookieChanges()?.addEventListener("change", checkViewer);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("focus", checkViewer);
    cookieChanges()?.removeEventListener("change", checkViewer);
  };
}

/** The visitor as far as this page knows: "pending" on the server and until the first check. */
export function useViewer(): ViewerState {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => PENDING,
  );
  // Layouts stay mounted across navigations; the pathname makes the header look again after each one
  // (a sign-in or sign-out ends in a redirect). The check itself is one cookie read.
  const pathname = usePathname();
  useEffect(checkViewer, [pathname]);
  return current;
}
