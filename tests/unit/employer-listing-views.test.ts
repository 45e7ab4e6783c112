import { describe, expect, it } from "vitest";
import { countByStatus, expiringSoon, groupListings } from "@/lib/employer-home";
import { diffListing } from "@/lib/listing-diff";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-01T12:00:00Z");

describe("the employer home's grouping", () => {
  const listings = [
    { id: "a", status: "PUBLISHED" as const, expiresAt: new Date(now.getTime() + 2 * DAY) },
    { id: "b", status: "PUBLISHED" as const, expiresAt: new Date(now.getTime() + 20 * DAY) },
    { id: "c", status: "DRAFT" as const, expiresAt: null },
    { id: "d", status: "REJECTED" as const, expiresAt: null },
    { id: "e", status: "PUBLISHED" as const, expiresAt: new Date(now.getTime() - DAY) }, // past, not yet flipped
    { id: "f", status: "CLOSED" as const, expiresAt: null },
  ];

  it("puts every listing in exactly one group, attention first; one past its date counts as expired", () => {
    const groups = groupListings(listings, now);
    expect(groups.map((g) => [g.key, g.listings.map((l) => l.id)])).toEqual([
      ["attention", ["c", "d", "e"]],
      ["live", ["a", "b"]],
      ["review", []],
      ["closed", ["f"]],
    ]);
    expect(groups.flatMap((g) => g.listings)).toHaveLength(listings.length);
  });

  it("counts each state, zero included", () => {
    expect(countByStatus(listings, now)).toEqual({
      DRAFT: 1,
      PENDING_REVIEW: 0,
      PUBLISHED: 2,
      REJECTED: 1,
      CLOSED: 1,
      EXPIRED: 1,
    });
  });

  it("calls a live listing expiring within a week 'expiring soon', soonest first; never one already past", () => {
    expect(expiringSoon(listings, now).map((l) => l.id)).toEqual(["a"]);
  });
});

describe("the diff of a listing edit", () => {
  const live = { title: "Staff engineer", skills: ["s1", "s2"], benefits: "Health", salaryMin: "100", eligibleRegions: [] };

  it("sees no change in a reordered list or an empty value written differently", () => {
    expect(diffListing(live, { ...live, skills: ["s2", "s1"], eligibleRegions: "" as unknown as string[] })).toEqual([]);
  });

  it("marks pay, title and skills material, and the benefits minor", () => {
    const changes = diffListing(live, { ...live, title: "Principal engineer", salaryMin: "120", skills: ["s1"], benefits: "" });
    expect(changes.map((c) => [c.name, c.material])).toEqual([
      ["title", true],
      ["salaryMin", true],
      ["skills", true],
      ["benefits", false],
    ]);
    expect(changes.find((c) => c.name === "benefits")).toMatchObject({ before: ["Health"], after: [] });
  });

  it("sees a box ticked where it was absent", () => {
    expect(diffListing(live, { ...live, worldwide: "on" }).map((c) => c.name)).toEqual(["worldwide"]);
  });
});
