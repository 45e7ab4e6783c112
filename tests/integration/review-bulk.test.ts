import { beforeEach, describe, expect, it } from "vitest";
import { REJECT_PRESETS } from "@/lib/reject-presets";
import { executeAction } from "@/server/action";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { decideListingsDefinition, rejectListingDefinition } from "@/server/moderation/actions";
import { listReviewQueue } from "@/server/moderation/review";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createCompany, createEmployer, createListing } from "../setup/factories";

// The review queue's ergonomics (issue 12): preset reject reasons, search by company or title, and
// approving or rejecting several listings at once — all or nothing.

beforeEach(resetDatabase);

async function pending(count: number, companyName?: string) {
  const company = await createCompany(companyName ? { name: companyName } : {});
  return Promise.all(Array.from({ length: count }, () => createListing(company.id, { status: "PENDING_REVIEW" })));
}

async function statuses() {
  return {
    listings: await db.listing.findMany({ select: { id: true, status: true, rejectionReason: true }, orderBy: { id: "asc" } }),
    audits: await db.auditLog.count(),
  };
}

describe("rejecting with a preset reason", () => {
  it("sends the preset's text, followed by the moderator's own words", async () => {
    const [listing] = await pending(1);
    const admin = await createAdmin();

    const outcome = await executeAction(rejectListingDefinition, admin.actor, {
      listingId: listing!.id,
      preset: "pay-range",
      reason: "The bonus is missing.",
    });

    expect(outcome.ok).toBe(true);
    expect((await db.listing.findUniqueOrThrow({ where: { id: listing!.id } })).rejectionReason).toBe(
      `${REJECT_PRESETS["pay-range"]} The bonus is missing.`,
    );
  });

  it("accepts a preset alone, and refuses an unknown preset or nothing at all", async () => {
    const [a, b] = await pending(2);
    const admin = await createAdmin();
    expect((await executeAction(rejectListingDefinition, admin.actor, { listingId: a!.id, preset: "not-remote" })).ok).toBe(true);
    const before = await statuses();

    expect(await executeAction(rejectListingDefinition, admin.actor, { listingId: b!.id, preset: "rude" })).toMatchObject({
      ok: false,
      state: { fieldErrors: { preset: [expect.any(String)] } },
    });
    expect(await executeAction(rejectListingDefinition, admin.actor, { listingId: b!.id, preset: "", reason: "" })).toMatchObject(
      {
        ok: false,
        state: { fieldErrors: { reason: [expect.any(String)] } },
      },
    );
    expect(await statuses()).toEqual(before);
  });
});

describe("searching the queue", () => {
  it("finds by company name or title, case-insensitively", async () => {
    const acme = await pending(2, "Acme Ledger");
    const other = await pending(1, "Globex");
    await db.listing.update({ where: { id: other[0]!.id }, data: { title: "Principal ACME integration engineer" } });
    const admin = await createAdmin();

    const ids = async (q: string) => (await listReviewQueue(admin.actor, { q })).map((l) => l.id).sort();

    expect(await ids("acme")).toEqual([...acme.map((l) => l.id), other[0]!.id].sort());
    expect(await ids("globex")).toEqual([other[0]!.id]);
    expect(await ids("nothing like it")).toEqual([]);
  });
});

describe("deciding several listings at once", () => {
  it("approves every ticked listing in one go, audited each", async () => {
    const listings = await pending(3);
    const admin = await createAdmin();

    const outcome = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: listings.slice(0, 2).map((l) => l.id),
      decision: "approve",
    });

    expect(outcome).toMatchObject({ ok: true, redirectTo: "/admin/review?decided=2&decision=approve" });
    const after = await db.listing.findMany({ where: { id: { in: listings.map((l) => l.id) } } });
    expect(
      after
        .filter((l) => l.status === "PUBLISHED")
        .map((l) => l.id)
        .sort(),
    ).toEqual(
      listings
        .slice(0, 2)
        .map((l) => l.id)
        .sort(),
    );
    expect(await db.auditLog.count({ where: { action: "listing.approve" } })).toBe(2);
  });

  it("rejects several with one reason, which each employer sees", async () => {
    const listings = await pending(2);
    const admin = await createAdmin();

    const outcome = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: listings.map((l) => l.id),
      decision: "reject",
      preset: "outside-apply",
    });

    expect(outcome.ok).toBe(true);
    for (const l of await db.listing.findMany()) {
      expect(l).toMatchObject({ status: "REJECTED", rejectionReason: REJECT_PRESETS["outside-apply"] });
    }
  });

  it("changes nothing when one of them was decided meanwhile, and names it", async () => {
    const listings = await pending(3);
    await db.listing.update({
      where: { id: listings[1]!.id },
      data: { title: "Already decided", status: "REJECTED", rejectionReason: "Decided by someone else." },
    });
    const admin = await createAdmin();
    const before = await statuses();

    const outcome = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: listings.map((l) => l.id),
      decision: "approve",
    });

    expect(outcome).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("“Already decided” is no longer waiting") },
    });
    expect(await statuses()).toEqual(before);
  });

  it("needs a ticked listing, and a reason to reject", async () => {
    const listings = await pending(1);
    const admin = await createAdmin();
    const before = await statuses();

    expect(await executeAction(decideListingsDefinition, admin.actor, { decision: "approve" })).toMatchObject({
      ok: false,
      state: { fieldErrors: { listingIds: [expect.stringContaining("Tick")] } },
    });
    expect(
      await executeAction(decideListingsDefinition, admin.actor, {
        listingIds: listings[0]!.id,
        decision: "reject",
        reason: "no",
      }),
    ).toMatchObject({ ok: false, state: { fieldErrors: { reason: [expect.any(String)] } } });
    expect(await statuses()).toEqual(before);
  });

  it.each([
    ["anonymous", async () => null],
    ["a candidate", async () => (await createCandidate()).actor],
    ["an employer", async () => (await createEmployer()).actor],
  ])("is refused for %s, and changes nothing", async (_who, makeActor: () => Promise<Actor | null>) => {
    const listings = await pending(2);
    const actor = await makeActor();
    const before = await statuses();

    for (const decision of ["approve", "reject"]) {
      const outcome = await executeAction(decideListingsDefinition, actor, {
        listingIds: listings.map((l) => l.id),
        decision,
        reason: "Please state the pay as a yearly range.",
      });
      expect(outcome.ok).toBe(false);
    }
    expect(await statuses()).toEqual(before);
  });
});
