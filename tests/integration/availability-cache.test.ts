import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { listingAvailabilityForProxy } from "@/server/listings/availability";
import { closeOwnListing } from "@/server/listings/employer-moves";
import { restoreCompany, suspendCompany } from "@/server/moderation/suspensions";
import { resetDatabase } from "../setup/db";
import { createAdmin, createEmployer, createListing } from "../setup/factories";

// The proxy keeps each slug's availability for a second (src/server/listings/availability.ts). A change
// the lifecycle makes in this process forgets those answers, so the very next request sees it: a close
// answers 410 at once rather than 404 for up to a second. The clock stands still in these tests, so a kept
// answer cannot age out on a slow machine and make a test pass for the wrong reason.

beforeEach(async () => {
  await resetDatabase();
  vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the proxy's kept availability answers", () => {
  it("are kept while nothing goes through the lifecycle (the control)", async () => {
    const { company } = await createEmployer();
    const listing = await createListing(company.id);
    expect(await listingAvailabilityForProxy(listing.slug)).toBe("live");

    await db.listing.update({ where: { id: listing.id }, data: { status: "CLOSED", closedAt: new Date() } });

    expect(await listingAvailabilityForProxy(listing.slug)).toBe("live");
  });

  it("are forgotten when the employer closes a listing: the next request is gone (410)", async () => {
    const { company, actor } = await createEmployer();
    const listing = await createListing(company.id);
    const other = await createListing(company.id);
    expect(await listingAvailabilityForProxy(listing.slug)).toBe("live");
    expect(await listingAvailabilityForProxy(other.slug)).toBe("live");

    await closeOwnListing(actor, listing.id, "NO_LONGER_HIRING");

    expect(await listingAvailabilityForProxy(listing.slug)).toBe("gone");
    expect(await listingAvailabilityForProxy(other.slug)).toBe("live");
  });

  it("are forgotten when a company is suspended and when it is restored", async () => {
    const { company } = await createEmployer();
    const listing = await createListing(company.id);
    const { actor: admin } = await createAdmin();
    expect(await listingAvailabilityForProxy(listing.slug)).toBe("live");

    await suspendCompany(admin, company.id, "Listings asked candidates for payment.");
    expect(await listingAvailabilityForProxy(listing.slug)).toBe("missing");

    await restoreCompany(admin, company.id, "The payment request was removed.");
    expect(await listingAvailabilityForProxy(listing.slug)).toBe("live");
  });
});
