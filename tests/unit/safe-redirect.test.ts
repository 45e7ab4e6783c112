import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";

const site = new URL("https://backplane.example");

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/jobs/staff-architect?x=1", "/", site)).toBe("/jobs/staff-architect?x=1");
    expect(safeCallbackPath("/jobs?q=caf%C3%A9#top", "/", site)).toBe("/jobs?q=caf%C3%A9#top");
  });

  it("percent-encodes what a Location header cannot carry", () => {
    expect(safeCallbackPath("/jobs?q=café", "/", site)).toBe("/jobs?q=caf%C3%A9");
  });

  it.each([
    "https://evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example", // issue 8: browsers drop the tab and go to //evil.example
    "/%09/evil.example".replace("%09", "\t"),
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000",
    "/jobs\u007f",
    "/a/..//evil.example",
    "/./..//evil.example",
    "\\\\evil.example",
    " /evil",
    "javascript:alert(1)",
    "",
    undefined,
    ["/a"],
  ])("falls back for %j", (value) => {
    expect(safeCallbackPath(value, "/fallback", site)).toBe("/fallback");
  });

  it("for any string, the answer resolves to the site's own origin and is a valid header value", () => {
    const candidate = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme-composite" }),
      // Strings built from the characters that matter most, so the interesting cases come up often.
      fc
        .array(fc.constantFrom("/", "\\", ".", "\t", "\n", "\r", "\0", ":", "@", "%", "?", "#", "e", "x", " ", "%09", "%2f"), {
          maxLength: 12,
        })
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        const result = safeCallbackPath(value, "/home", site);
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        // Browsers strip these before following a Location; none may survive.
        expect(/[\u0000-\u0020\u007f-\uffff\\]/.test(result)).toBe(false);
        expect(new URL(result, site).origin).toBe(site.origin);
        // Even as a browser would read it with tabs and newlines dropped and backslashes as slashes.
        expect(new URL(result.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), site).origin).toBe(site.origin);
      }),
      { numRuns: 3000 },
    );
  });

  it("sends each role to its home", () => {
    expect([homeForRole("CANDIDATE"), homeForRole("EMPLOYER"), homeForRole("ADMIN")]).toEqual([
      "/",
      "/employer/listings",
      "/admin/review",
    ]);
  });
});
