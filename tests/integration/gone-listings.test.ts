import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { findListingAvailability } from "@/server/listings/availability";
import { findGoneListing, findSimilarLiveListings } from "@/server/listings/gone";
import { GONE_PAGE_CSP, goneListingPage } from "@/server/listings/gone-page";
import { findPublishedListing, getRegionNames } from "@/server/listings/public";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const wasPublic = { publishedAt: ago(40), confirmedAt: ago(40), expiresAt: ago(10) };

// Every state a listing's public URL can meet, and what it must answer.
const cases: [string, "live" | "gone" | "missing", Partial<Prisma.ListingUncheckedCreateInput>, boolean?][] = [
  ["published and unexpired", "live", { status: "PUBLISHED" }],
  ["published but past its expiry (job not run yet)", "gone", { status: "PUBLISHED", ...wasPublic }],
  ["closed by the employer", "gone", { status: "CLOSED", ...wasPublic, expiresAt: ago(-5), closedAt: ago(3) }],
  ["expired", "gone", { status: "EXPIRED", ...wasPublic, expiredAt: ago(9) }],
  ["a draft", "missing", { status: "DRAFT" }],
  ["in review", "missing", { status: "PENDING_REVIEW" }],
  [
    "rejected",
    "missing",
    { status: "REJECTED", reviewedAt: ago(1), rejectionReason: "The pay in the text and the fields disagree." },
  ],
  ["closed without ever being published", "missing", { status: "CLOSED", closedAt: ago(1) }],
  ["closed, at a suspended company", "missing", { status: "CLOSED", ...wasPublic, closedAt: ago(3) }, true],
  ["live, at a suspended company", "missing", { status: "PUBLISHED" }, true],
];

describe("what a listing's public URL answers", () => {
  let active: { id: string };
  let suspended: { id: string };
  let levelId: string;

  beforeEach(async () => {
    await resetDatabase();
    active = await createCompany();
    suspended = await createCompany({ status: "SUSPENDED", suspendedAt: ago(1) });
    levelId = (await createLevel()).id;
  });

  it.each(cases)("%s: %s", async (_name, expected, overrides, atSuspended) => {
    const listing = await createListing(atSuspended ? suspended.id : active.id, { levelId, ...overrides });
    expect(await findListingAvailability(listing.slug)).toBe(expected);
    // The SQL twins agree with the pure rule: the page finds exactly the live ones, the 410 page the gone ones.
    expect((await findPublishedListing(listing.slug)) !== null).toBe(expected === "live");
    expect((await findGoneListing(listing.slug)) !== null).toBe(expected === "gone");
  });

  it("answers missing for a slug that never existed", async () => {
    expect(await findListingAvailability("no-such-listing")).toBe("missing");
    expect(await findGoneListing("no-such-listing")).toBeNull();
  });

  it("says why and when a gone listing ended", async () => {
    const closedAt = ago(3);
    const closed = await createListing(active.id, { levelId, status: "CLOSED", ...wasPublic, closedAt });
    const expiredAt = ago(9);
    const expired = await createListing(active.id, { levelId, status: "EXPIRED", ...wasPublic, expiredAt });
    const lapsed = await createListing(active.id, { levelId, status: "PUBLISHED", ...wasPublic });

    expect(await findGoneListing(closed.slug)).toMatchObject({ title: closed.title, reason: "closed", endedAt: closedAt });
    expect(await findGoneListing(expired.slug)).toMatchObject({ reason: "expired", endedAt: expiredAt });
    expect(await findGoneListing(lapsed.slug)).toMatchObject({ reason: "expired", endedAt: wasPublic.expiresAt });
  });
});

describe("the 410 page of an ended listing", () => {
  beforeEach(resetDatabase);

  it("says what ended and when, offers live roles at the same level, and carries no JobPosting or script", async () => {
    const company = await createCompany({ name: `Acme <script>alert(1)</script>` });
    const level = await createLevel({ name: "Staff & up" });
    const other = await createLevel();
    const closedAt = ago(2);
    const ended = await createListing(company.id, {
      levelId: level.id,
      status: "CLOSED",
      ...wasPublic,
      closedAt,
      title: `Architect "<img src=x onerror=alert(1)>"`,
    });
    const sameLevel = await createListing(company.id, { levelId: level.id });
    const otherLevel = await createListing(company.id, { levelId: other.id });

    const listing = (await findGoneListing(ended.slug))!;
    const html = goneListingPage({
      listing,
      similar: await findSimilarLiveListings(listing.level.slug),
      regionNames: await getRegionNames(),
    });

    expect(html).toContain('<h1 id="gone-heading">This role is no longer open</h1>');
    expect(html).toContain(`The employer closed it on <time datetime="${closedAt.toISOString()}">`);
    expect(html).toContain(`href="/jobs/${sameLevel.slug}"`);
    expect(html).not.toContain(`href="/jobs/${otherLevel.slug}"`);
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    // Employer text is escaped: no element of theirs, and nothing to run.
    expect(html).not.toMatch(/<script|<img|application\/ld\+json/i);
    expect(html).toContain("Staff &amp; up");
    // The one inline style is the one the page's CSP allows by hash.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(GONE_PAGE_CSP).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  });
});
