import { beforeEach, describe, expect, it } from "vitest";
import type { ListingStatus } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { tagExpiryCount } from "@/server/cache/expire";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { db } from "@/server/db";
import { changeListings, moveListing, touchesLiveSet, TRANSITIONS, type TransitionName } from "@/server/listings/lifecycle";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCompany, createListing } from "../setup/factories";
import { jobsNamed } from "../setup/jobs";

// The lifecycle owns every status change: each transition is conditional on its from-states, audited in
// its own transaction, and — when it touches the live set — followed by the shared after-effects. The
// table-driven tests below cover every entry of TRANSITIONS, so a new transition is tested on arrival.

beforeEach(resetDatabase);

const NAMES = Object.keys(TRANSITIONS) as TransitionName[];
// `close` needs a reason; the other transitions ignore it.
const closeReason = "NO_LONGER_HIRING" as const;
const ALL_STATES: ListingStatus[] = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "CLOSED", "EXPIRED"];

async function listingIn(status: ListingStatus, companyId?: string) {
  return createListing(companyId ?? (await createCompany()).id, { status });
}

async function auditRows(listingId: string) {
  return db.auditLog.findMany({ where: { targetType: "Listing", targetId: listingId }, orderBy: { id: "asc" } });
}

describe.each(NAMES)("the %s transition", (name) => {
  const rule = TRANSITIONS[name];

  it.each(rule.from.map((from) => [from]))(`moves a listing from %s to ${rule.to}, with its audit row`, async (from) => {
    const { actor } = await createAdmin();
    const listing = await listingIn(from);

    const moved = await moveListing(name, { listingId: listing.id, actor, reason: "Because the test says so.", closeReason });

    expect(moved).toMatchObject({ id: listing.id, status: rule.to });
    expect((await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe(rule.to);
    expect(await auditRows(listing.id)).toEqual([
      expect.objectContaining({ action: rule.audit, actorId: actor.id, actorEmail: actor.email }),
    ]);
  });

  const others = ALL_STATES.filter((state) => !(rule.from as readonly ListingStatus[]).includes(state));
  it.each(others.map((state) => [state]))("refuses a listing in %s with a conflict and changes nothing", async (state) => {
    const { actor } = await createAdmin();
    const listing = await listingIn(state);
    const before = await db.listing.findUniqueOrThrow({ where: { id: listing.id } });

    await expect(moveListing(name, { listingId: listing.id, actor, reason: "A reason.", closeReason })).rejects.toBeInstanceOf(
      ConflictError,
    );

    expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toEqual(before);
    expect(await auditRows(listing.id)).toEqual([]);
  });

  it("answers 'not found' for a listing outside the caller's scope, and changes nothing", async () => {
    const mine = await createCompany();
    const theirs = await listingIn(rule.from[0]);

    await expect(
      moveListing(name, {
        listingId: theirs.id,
        actor: SYSTEM_ACTOR,
        scope: { companyId: mine.id },
        reason: "A reason.",
        closeReason,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect((await db.listing.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe(rule.from[0]);
    expect(await auditRows(theirs.id)).toEqual([]);
  });

  it(`${touchesLiveSet(name) ? "runs" : "does not run"} the live-set after-effects`, async () => {
    const listing = await listingIn(rule.from[0]);
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    await moveListing(name, { listingId: listing.id, actor: SYSTEM_ACTOR, reason: "A reason.", closeReason });

    const ran = touchesLiveSet(name);
    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(ran ? 1 : 0);
    expect((await jobsNamed("refresh-salary-bands")).length).toBe(ran ? 1 : 0);
    expect((await jobsNamed("refresh-search-terms")).length).toBe(ran ? 1 : 0);
    expect((await jobsNamed("refresh-search-facets")).length).toBe(ran ? 1 : 0);
  });

  it(`${rule.to === "PENDING_REVIEW" ? "enqueues" : "does not enqueue"} the near-duplicate check`, async () => {
    const listing = await listingIn(rule.from[0]);

    await moveListing(name, { listingId: listing.id, actor: SYSTEM_ACTOR, reason: "A reason.", closeReason });

    const jobs = (await jobsNamed("check-near-duplicates")).map((job) => job.data);
    expect(jobs).toEqual(rule.to === "PENDING_REVIEW" ? [{ listingId: listing.id }] : []);
  });
});

describe("the lifecycle", () => {
  it("records why a listing closed, with the note, in the listing and its audit row", async () => {
    const { actor } = await createAdmin();
    const listing = await listingIn("PUBLISHED");

    await moveListing("close", { listingId: listing.id, actor, closeReason: "REMOVED_BY_MODERATOR", reason: "Asks for a fee." });

    expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      status: "CLOSED",
      closedReason: "REMOVED_BY_MODERATOR",
      closedNote: "Asks for a fee.",
      closedAt: expect.any(Date),
    });
    expect(await auditRows(listing.id)).toEqual([
      expect.objectContaining({
        action: "listing.close",
        reason: "Asks for a fee.",
        metadata: { closeReason: "REMOVED_BY_MODERATOR" },
      }),
    ]);
  });

  it("refuses to close without a reason, and changes nothing", async () => {
    const listing = await listingIn("PUBLISHED");

    await expect(moveListing("close", { listingId: listing.id, actor: SYSTEM_ACTOR })).rejects.toThrow("closeReason");

    expect((await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PUBLISHED");
  });

  it("derives the after-effects from the states: every move from or to PUBLISHED has them", () => {
    for (const name of NAMES) {
      const rule = TRANSITIONS[name];
      const live = rule.to === "PUBLISHED" || (rule.from as readonly ListingStatus[]).includes("PUBLISHED");
      expect(touchesLiveSet(name), name).toBe(live);
    }
  });

  it("applies a repeated request once: the second finds the listing already moved", async () => {
    const { actor } = await createAdmin();
    const listing = await listingIn("PENDING_REVIEW");

    const results = await Promise.allSettled([
      moveListing("approve", { listingId: listing.id, actor }),
      moveListing("approve", { listingId: listing.id, actor }),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await auditRows(listing.id)).toHaveLength(1);
  });

  it("rolls the move back, audit and all, when later work in its transaction fails; no after-effects run", async () => {
    const listing = await listingIn("PENDING_REVIEW");
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    await expect(
      changeListings(async (changes) => {
        await changes.move("approve", { listingId: listing.id, actor: SYSTEM_ACTOR });
        throw new Error("something after the move failed");
      }),
    ).rejects.toThrow("something after the move failed");

    expect((await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PENDING_REVIEW");
    expect(await auditRows(listing.id)).toEqual([]);
    expect(tagExpiryCount(LISTINGS_TAG)).toBe(expiredBefore);
    expect(await jobsNamed("refresh-salary-bands")).toEqual([]);
  });

  it("moves many listings at once (expiry) and runs the after-effects once", async () => {
    const company = await createCompany();
    const past = new Date(Date.now() - 60_000);
    const due = [await createListing(company.id, { expiresAt: past }), await createListing(company.id, { expiresAt: past })];
    const live = await createListing(company.id);
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    const moved = await changeListings((changes) =>
      changes.moveMany("expire", { where: { expiresAt: { lte: changes.now } }, actor: SYSTEM_ACTOR }),
    );

    expect(moved.map((l) => l.id).sort()).toEqual(due.map((l) => l.id).sort());
    expect((await db.listing.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("PUBLISHED");
    for (const listing of due) {
      expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({ status: "EXPIRED" });
      expect(await auditRows(listing.id)).toEqual([
        expect.objectContaining({ action: "listing.expire", actorId: null, actorEmail: SYSTEM_ACTOR.email }),
      ]);
    }
    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(1);
  });
});
