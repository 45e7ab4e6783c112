"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { MatchResult } from "@/lib/match";
import { useViewer } from "@/components/viewer/viewer-store";

// The candidate's matches with the cards on a page, asked in one /api/me/matches request per batch of
// cards (those that mount in the same tick) and kept for the page load, per visitor. Only candidates ask.

const MAX_IDS = 50;
let who: string | null = null;
const known = new Map<string, MatchResult | null>();
const wanted = new Set<string>();
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();
let version = 0;

function publish() {
  version += 1;
  for (const listener of listeners) listener();
}

async function ask(ids: string[], forWho: string) {
  try {
    const response = await fetch(`/api/me/matches?ids=${ids.join(",")}`, { cache: "no-store", credentials: "same-origin" });
    const body = response.ok ? ((await response.json()) as { matches: Record<string, MatchResult> }) : { matches: {} };
    if (who !== forWho) return; // the visitor changed meanwhile
    for (const id of ids) known.set(id, body.matches[id] ?? null);
  } catch {
    for (const id of ids) known.set(id, null);
  }
  publish();
}

function want(id: string, forWho: string) {
  if (who !== forWho) {
    who = forWho;
    known.clear();
    wanted.clear();
  }
  if (known.has(id)) return;
  wanted.add(id);
  timer ??= setTimeout(() => {
    timer = null;
    const ids = [...wanted];
    wanted.clear();
    for (let i = 0; i < ids.length; i += MAX_IDS) void ask(ids.slice(i, i + MAX_IDS), forWho);
  }, 0);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in candidate's match with the listing; null until known, for anyone else, or when `id` is null. */
export function useViewerMatch(id: string | null): MatchResult | null {
  const viewer = useViewer();
  const candidate = viewer.status === "ready" && viewer.viewer.user?.role === "CANDIDATE" ? viewer.viewer.user.email : null;
  useSyncExternalStore(
    subscribe,
    () => version,
    () => 0,
  );
  useEffect(() => {
    if (id && candidate) want(id, candidate);
  }, [id, candidate]);
  if (!id || !candidate || who !== candidate) return null;
  return known.get(id) ?? null;
}
