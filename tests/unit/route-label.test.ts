import { describe, expect, it } from "vitest";
import { routeLabeller, urlTemplate } from "../../server/route-label.mjs";

describe("urlTemplate", () => {
  it("turns Next's manifest keys into URL templates without route groups", () => {
    expect(urlTemplate("/(public)/jobs/[slug]/page")).toBe("/jobs/[slug]");
    expect(urlTemplate("/api/v1/jobs/route")).toBe("/api/v1/jobs");
    expect(urlTemplate("/(public)/[[...home]]/page")).toBe("/[[...home]]");
    expect(urlTemplate("/sitemap.xml/route")).toBe("/sitemap.xml");
    expect(urlTemplate("/_not-found/page")).toBeNull();
  });
});

describe("routeLabeller", () => {
  const label = routeLabeller(
    [
      "/(public)/[[...home]]/page",
      "/(public)/jobs/page",
      "/(public)/jobs/[slug]/page",
      "/(public)/jobs/[slug]/apply/page",
      "/api/v1/jobs/route",
      "/api/v1/jobs/[idOrSlug]/route",
      "/api/v1/openapi.json/route",
      "/api/auth/[...nextauth]/route",
      "/feeds/jobs.rss/route",
    ].flatMap((key) => urlTemplate(key) ?? []),
  );

  it("labels a path with the most specific template: static segments before parameters before catch-alls", () => {
    expect(label("/", 200)).toBe("/[[...home]]");
    expect(label("/jobs", 200)).toBe("/jobs");
    expect(label("/jobs?q=rust&page=2", 200)).toBe("/jobs");
    expect(label("/jobs/senior-engineer-abc123", 200)).toBe("/jobs/[slug]");
    expect(label("/jobs/senior-engineer-abc123/apply", 200)).toBe("/jobs/[slug]/apply");
    expect(label("/api/v1/jobs/openapi", 200)).toBe("/api/v1/jobs/[idOrSlug]");
    expect(label("/api/v1/openapi.json", 200)).toBe("/api/v1/openapi.json");
    expect(label("/api/auth/callback/github", 302)).toBe("/api/auth/[...nextauth]");
    expect(label("/feeds/jobs.rss", 200)).toBe("/feeds/jobs.rss");
    // A dot in a template is literal.
    expect(label("/feeds/jobsXrss", 200)).toBe("/[[...home]]");
  });

  it("keeps the label set small whatever clients send", () => {
    expect(label("/wp-admin/setup.php", 404)).toBe("(not found)");
    expect(label("/jobs/gone-listing", 404)).toBe("(not found)");
    expect(label("/_next/static/chunks/abc.js", 200)).toBe("/_next/static");
    expect(label("/_next/image?url=x", 200)).toBe("/_next");
    expect(routeLabeller([])("/anything", 200)).toBe("(other)");
  });
});
