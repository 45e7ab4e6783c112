// The review queue's keyboard shortcuts (listed on the page). Pure, so the mapping is tested without a
// browser; src/app/admin/review/queue-shortcuts.tsx does the DOM part.

export type ShortcutAction = "next" | "previous" | "tick" | "approve" | "reject" | "search";

export const REVIEW_SHORTCUTS: { key: string; action: ShortcutAction; description: string }[] = [
  { key: "j", action: "next", description: "Next listing" },
  { key: "k", action: "previous", description: "Previous listing" },
  { key: "x", action: "tick", description: "Tick or untick the current listing for a decision together" },
  { key: "a", action: "approve", description: "Approve the current listing" },
  { key: "r", action: "reject", description: "Open the current listing's reject form" },
  { key: "/", action: "search", description: "Search by company or title" },
];

/** What a key press means, or null: never while typing in a field, never with Ctrl, Alt or Meta held. */
export function shortcutAction(key: string, options: { typing: boolean; modified: boolean }): ShortcutAction | null {
  if (options.typing || options.modified) return null;
  return REVIEW_SHORTCUTS.find((s) => s.key === key)?.action ?? null;
}
