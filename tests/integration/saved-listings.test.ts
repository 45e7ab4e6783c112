import { beforeEach, describe, expect, it } from "vitest";
import { candidateListingState } from "@/lib/listing-lifecycle";
import { executeAction } from "@/server/action";
import { saveListingDefinition, unsaveListingDefinition } from "@/server/candidates/actions";
import { listSavedListings } from "@/server/candidates/saved-listings";
import { db } from "@/server/db";
import { describeViewerListing } from "@/server/viewer/listing";
import { describeViewer } from "@/server/viewer/viewer";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing } from "../setup/factories";

// Saving listings: idempotent per (candidate, listing), only live listings may be saved, and the list
// marks the ones that have since closed or expired.

beforeEach(resetDatabase);

const savedBy = (userId: string) => db.savedListing.findMany({ where: { userId }, select: { listingId: true } });

describe("saving and unsaving", () => {
  it("saves a live listing once, however often it is sent, and /api/me says so", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();

    const outcomes = await Promise.all([
      executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id, returnTo: `/jobs/${listing.slug}` }),
      executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id }),
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id })).toMatchObject({ ok: true });

    expect(await savedBy(candidate.user.id)).toEqual([{ listingId: listing.id }]);
    expect(await describeViewerListing(candidate.actor, listing.slug)).toMatchObject({ saved: true });
    // The cards' toggles read the saved ids from /api/me; only the candidate's own.
    expect(await describeViewer(candidate.actor)).toMatchObject({ savedListingIds: [listing.id] });
    expect(await describeViewer((await createCandidate()).actor)).toMatchObject({ savedListingIds: [] });
    expect(await describeViewer(employer.actor)).toMatchObject({ savedListingIds: [] });
  });

  it("unsaves, and unsaving again is harmless", async () => {
    const listing = await createListing((await createEmployer()).company.id);
    const candidate = await createCandidate();
    await executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id });

    expect((await executeAction(unsaveListingDefinition, candidate.actor, { listingId: listing.id })).ok).toBe(true);
    expect((await executeAction(unsaveListingDefinition, candidate.actor, { listingId: listing.id })).ok).toBe(true);

    expect(await savedBy(candidate.user.id)).toEqual([]);
    expect(await describeViewerListing(candidate.actor, listing.slug)).toMatchObject({ saved: false });
  });

  it("another candidate's saved listing is untouched by their unsave, and their list is their own", async () => {
    const listing = await createListing((await createEmployer()).company.id);
    const owner = await createCandidate();
    const other = await createCandidate();
    await executeAction(saveListingDefinition, owner.actor, { listingId: listing.id });

    await executeAction(unsaveListingDefinition, other.actor, { listingId: listing.id, userId: owner.user.id });

    expect(await savedBy(owner.user.id)).toEqual([{ listingId: listing.id }]);
    expect(await listSavedListings(other.actor)).toEqual([]);
    expect(await describeViewerListing(other.actor, listing.slug)).toMatchObject({ saved: false });
  });

  it.each(["DRAFT", "PENDING_REVIEW", "REJECTED", "CLOSED", "EXPIRED"] as const)(
    "a %s listing cannot be saved: not found, nothing written",
    async (status) => {
      const listing = await createListing((await createEmployer()).company.id, { status });
      const candidate = await createCandidate();
      const outcome = await executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id });
      expect(outcome).toMatchObject({ ok: false, state: { message: "This role is no longer open." } });
      expect(await db.savedListing.count()).toBe(0);
    },
  );

  it("employers, admins and anonymous visitors are refused", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    await executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id });

    for (const actor of [employer.actor, (await createAdmin()).actor, null]) {
      expect((await executeAction(saveListingDefinition, actor, { listingId: listing.id })).ok).toBe(false);
      expect((await executeAction(unsaveListingDefinition, actor, { listingId: listing.id })).ok).toBe(false);
    }
    expect(await db.savedListing.count()).toBe(1);
  });

  it("a malformed listing id is refused beside the field", async () => {
    const candidate = await createCandidate();
    const outcome = await executeAction(saveListingDefinition, candidate.actor, { listingId: "'; drop table" });
    expect(outcome.state).toMatchObject({ status: "error", fieldErrors: { listingId: [expect.any(String)] } });
    expect(await db.savedListing.count()).toBe(0);
  });
});

describe("the saved list", () => {
  it("lists newest first and marks listings that closed or expired since", async () => {
    const employer = await createEmployer();
    const [closing, expiring, open] = [
      await createListing(employer.company.id),
      await createListing(employer.company.id),
      await createListing(employer.company.id),
    ];
    const candidate = await createCandidate();
    for (const listing of [closing, expiring, open]) {
      await executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id });
    }
    await db.listing.update({ where: { id: closing.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await db.listing.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const list = await listSavedListings(candidate.actor);

    expect(list.map((s) => [s.listing.id, candidateListingState(s.listing)])).toEqual([
      [open.id, "open"],
      [expiring.id, "expired"],
      [closing.id, "closed"],
    ]);
    // A closed listing can still be removed from the list.
    expect((await executeAction(unsaveListingDefinition, candidate.actor, { listingId: closing.id })).ok).toBe(true);
    expect(await listSavedListings(candidate.actor)).toHaveLength(2);
  });
});
