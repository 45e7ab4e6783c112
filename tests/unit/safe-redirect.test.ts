import { describe, expect, it } from "vitest";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/jobs/staff-architect?x=1", "/")).toBe("/jobs/staff-architect?x=1");
  });

  it.each(["https://evil.example", "//evil.example/path", "/\\evil.example", "javascript:alert(1)", "", undefined, ["/a"]])(
    "falls back for %j",
    (value) => {
      expect(safeCallbackPath(value, "/fallback")).toBe("/fallback");
    },
  );

  it("sends each role to its home", () => {
    expect([homeForRole("CANDIDATE"), homeForRole("EMPLOYER"), homeForRole("ADMIN")]).toEqual([
      "/",
      "/employer/listings",
      "/admin/review",
    ]);
  });
});
