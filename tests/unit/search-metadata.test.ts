import { describe, expect, it } from "vitest";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { searchPageMetadata } from "@/lib/seo/search-metadata";

// The /jobs page's metadata: one indexable URL (the plain list), every variant `noindex, follow` with
// /jobs as canonical, and the search's own titled feeds as its alternates.

function metadataFor(search: string) {
  const parsed = searchParamsToQuery(new URLSearchParams(search));
  return searchPageMetadata(parsed.query, { parameterErrors: parsed.errors.length, feedTitle: "Title" });
}

describe("searchPageMetadata", () => {
  it("leaves the plain list indexable, with itself as canonical", () => {
    for (const search of ["", "utm_source=newsletter", "level=", "limit=20"]) {
      const metadata = metadataFor(search);
      expect(metadata.robots, search).toBeUndefined();
      expect(metadata.alternates?.canonical, search).toBe("/jobs");
    }
  });

  it("marks every variant noindex, follow with /jobs as canonical", () => {
    for (const search of ["q=kafka", "level=staff", "sort=pay", "limit=5", "cursor=abc", "minPay=100000", "level=NOT A SLUG"]) {
      const metadata = metadataFor(search);
      expect(metadata.robots, search).toEqual({ index: false, follow: true });
      expect(metadata.alternates?.canonical, search).toBe("/jobs");
    }
  });

  it("announces only the search's own feeds, titled, without sort, page size or cursor", () => {
    const { alternates } = metadataFor("q=kafka&level=staff&sort=pay&limit=5&cursor=abc");
    expect(alternates?.types).toEqual({
      "application/rss+xml": [{ url: "/feeds/jobs.rss?q=kafka&level=staff", title: "Title (RSS)" }],
      "application/feed+json": [{ url: "/feeds/jobs.json?q=kafka&level=staff", title: "Title (JSON Feed)" }],
    });
  });
});
