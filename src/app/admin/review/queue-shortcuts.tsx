"use client";

import { useEffect } from "react";
import { shortcutAction } from "@/lib/review-shortcuts";

const CARD = "[data-review-card]";

/** Keyboard shortcuts for the queue (an island: without JavaScript the page works as it is). */
export function QueueShortcuts() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = Boolean(target?.closest("input, textarea, select, [contenteditable='true']"));
      const action = shortcutAction(event.key, { typing, modified: event.ctrlKey || event.altKey || event.metaKey });
      if (!action) return;
      const cards = [...document.querySelectorAll<HTMLElement>(CARD)];
      const current = target?.closest<HTMLElement>(CARD) ?? null;
      const index = current ? cards.indexOf(current) : -1;
      event.preventDefault();
      if (action === "search") {
        document.querySelector<HTMLInputElement>("input[name='q']")?.focus();
      } else if (action === "next" || action === "previous") {
        const next = cards[action === "next" ? Math.min(cards.length - 1, index + 1) : Math.max(0, index - 1)];
        next?.focus();
        next?.scrollIntoView({ block: "nearest" });
      } else if (current && action === "tick") {
        current.querySelector<HTMLInputElement>("input[name='listingIds']")?.click();
      } else if (current && action === "approve") {
        current.querySelector<HTMLButtonElement>("button[data-approve]")?.click();
      } else if (current && action === "reject") {
        const details = current.querySelector<HTMLDetailsElement>("details");
        if (details) details.open = true;
        details?.querySelector<HTMLSelectElement>("select")?.focus();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
