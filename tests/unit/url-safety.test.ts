import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnsafeUrlPart } from "@/lib/url-safety";

describe("findUnsafeUrlPart", () => {
  it.each([
    "/roles/%",
    "/jobs/a%",
    "/api/v1/jobs/%C0%AF",
    "/jobs/%00",
    "/roles/%00",
    "/jobs/%E0%A4%A",
    "/x/%0A",
    "/x/%7F",
    "/x/%ED%A0%80",
  ])("refuses the path %s as a path", (path) => {
    expect(findUnsafeUrlPart(path, "")).toEqual({ part: "path" });
  });

  it("names the parameter holding a control character or malformed encoding", () => {
    expect(findUnsafeUrlPart("/jobs", "?q=%00")).toEqual({
      part: "query",
      parameter: "q",
      reason: "contains a control character",
    });
    expect(findUnsafeUrlPart("/jobs", "?level=staff&q=a%")).toEqual({
      part: "query",
      parameter: "q",
      reason: "is not valid percent-encoding",
    });
    expect(findUnsafeUrlPart("/jobs", "?callbackUrl=%2F%09%2Fevil.example")).toMatchObject({ parameter: "callbackUrl" });
    expect(findUnsafeUrlPart("/jobs", "?a%00b=1")).toMatchObject({ parameter: "(a parameter name)" });
  });

  it.each([
    ["/jobs", "?q=kafka+go&level=staff"],
    ["/jobs/staff-architect-ab12", ""],
    ["/jobs", "?q=caf%C3%A9%20%E2%9C%93"],
    ["/jobs", "?q=100%25"],
    ["/", "?a&b=&=c"],
  ])("lets %s%s through", (path, search) => {
    expect(findUnsafeUrlPart(path, search)).toBeNull();
  });

  it("lets any well-encoded text without control characters through, and refuses any with one", () => {
    const text = fc.string({ unit: "grapheme" });
    fc.assert(
      fc.property(text, text, (value, segment) => {
        const search = `?q=${encodeURIComponent(value)}`;
        const path = `/jobs/${encodeURIComponent(segment)}`;
        const hasControl = /[\u0000-\u001f\u007f-\u009f]/;
        const result = findUnsafeUrlPart(path, search);
        if (hasControl.test(segment)) expect(result).toEqual({ part: "path" });
        else if (hasControl.test(value)) expect(result).toMatchObject({ part: "query", parameter: "q" });
        else expect(result).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
