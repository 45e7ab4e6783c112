import { describe, expect, it } from "vitest";
import { REVIEW_SHORTCUTS, shortcutAction } from "@/lib/review-shortcuts";

describe("review queue shortcuts", () => {
  it("map each listed key to its action", () => {
    for (const s of REVIEW_SHORTCUTS) expect(shortcutAction(s.key, { typing: false, modified: false })).toBe(s.action);
    expect(new Set(REVIEW_SHORTCUTS.map((s) => s.key)).size).toBe(REVIEW_SHORTCUTS.length);
  });

  it("do nothing while typing, with a modifier held, or for other keys", () => {
    expect(shortcutAction("a", { typing: true, modified: false })).toBeNull();
    expect(shortcutAction("r", { typing: false, modified: true })).toBeNull();
    expect(shortcutAction("A", { typing: false, modified: false })).toBeNull();
    expect(shortcutAction("Enter", { typing: false, modified: false })).toBeNull();
  });
});
