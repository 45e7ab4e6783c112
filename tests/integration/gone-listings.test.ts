import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { findListingAvailability } from "@/server/listings/availability";
import { findGoneListing } from "@/server/listings/gone";
import { findPublishedListing } from "@/server/listings/public";
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
