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

/** The hidden `version.<id>` fields the queue sends with its checkboxes: each listing's updatedAt as read. */
async function versionsOf(listings: { id: string }[]) {
  const rows = await db.listing.findMany({
    where: { id: { in: listings.map((l) => l.id) } },
    select: { id: true, updatedAt: true },
  });
  return Object.fromEntries(rows.map((r) => [`version.${r.id}`, r.updatedAt.toISOString()]));
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
  // Decision 023: approving names the version the moderator read, in bulk as one by one.
  it("approves every ticked listing in one go, audited each", async () => {
    const listings = await pending(3);
    const admin = await createAdmin();

    const outcome = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: listings.slice(0, 2).map((l) => l.id),
      decision: "approve",
      // Every card sends its version; only the ticked ones are decided.
      ...(await versionsOf(listings)),
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

  it("rejects none when one of them was decided meanwhile, and names it", async () => {
    const listings = await pending(3);
    await db.listing.update({
      where: { id: listings[1]!.id },
      data: { title: "Already decided", status: "REJECTED", rejectionReason: "Decided by someone else." },
    });
    const admin = await createAdmin();
    const before = await statuses();

    const outcome = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: listings.map((l) => l.id),
      decision: "reject",
      preset: "pay-range",
    });

    expect(outcome).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("“Already decided” is no longer waiting") },
    });
    expect(await statuses()).toEqual(before);
  });

  it("approves only the listings still as the queue showed them, and names the one edited since", async () => {
    const listings = await pending(3);
    const admin = await createAdmin();
    const read = await versionsOf(listings);
    // The employer edits one after the moderator loaded the queue.
    await db.listing.update({ where: { id: listings[1]!.id }, data: { title: "Edited after the queue was read" } });

    const outcome = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: listings.map((l) => l.id),
      decision: "approve",
      ...read,
    });

    expect(outcome).toMatchObject({
      ok: true,
      redirectTo: undefined,
      state: {
        status: "success",
        message: "2 approved; 1 changed since you loaded the queue — review it again: “Edited after the queue was read”",
      },
    });
    const status = async (id: string) => (await db.listing.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(listings[0]!.id)).toBe("PUBLISHED");
    expect(await status(listings[1]!.id)).toBe("PENDING_REVIEW");
    expect(await status(listings[2]!.id)).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { action: "listing.approve" } })).toBe(2);
    expect((await db.auditLog.findMany({ where: { targetId: listings[1]!.id } })).map((a) => a.action)).toEqual([]);
  });

  it("leaves a listing pending when its version is forged, and refuses a missing or malformed one outright", async () => {
    const listings = await pending(2);
    await db.listing.update({ where: { id: listings[0]!.id }, data: { title: "Forged version" } });
    const admin = await createAdmin();
    const read = await versionsOf(listings);
    const before = await statuses();
    const ids = listings.map((l) => l.id);

    // Missing: a ticked listing without its version.
    const missing = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: ids,
      decision: "approve",
      [`version.${ids[1]}`]: read[`version.${ids[1]}`],
    });
    expect(missing).toMatchObject({
      ok: false,
      state: { fieldErrors: { versions: [expect.stringContaining("Reload the queue")] } },
    });
    // Malformed: not an ISO timestamp, or keyed by something that is not a listing id.
    for (const bad of [
      { ...read, [`version.${ids[0]}`]: "yesterday" },
      { ...read, "version.../etc": read[`version.${ids[0]}`] },
      { ...read, [`version.${ids[0]}`]: ["2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z"] },
    ]) {
      expect(
        await executeAction(decideListingsDefinition, admin.actor, { listingIds: ids, decision: "approve", ...bad }),
      ).toMatchObject({
        ok: false,
        state: { fieldErrors: { versions: [expect.any(String)] } },
      });
    }
    // Too many versions for any queue page.
    const flood = Object.fromEntries(
      Array.from({ length: 101 }, (_, i) => [
        `version.${"a".repeat(24)}${String(i).padStart(3, "0")}`,
        read[`version.${ids[0]}`],
      ]),
    );
    expect(
      await executeAction(decideListingsDefinition, admin.actor, { listingIds: ids, decision: "approve", ...read, ...flood }),
    ).toMatchObject({
      ok: false,
      state: { fieldErrors: { versions: [expect.stringContaining("too many")] } },
    });
    expect(await statuses()).toEqual(before);

    // Forged: well formed, but not the version the listing has — it stays pending and is named.
    const forged = await executeAction(decideListingsDefinition, admin.actor, {
      listingIds: ids,
      decision: "approve",
      ...read,
      [`version.${ids[0]}`]: "2020-01-01T00:00:00.000Z",
    });
    expect(forged).toMatchObject({
      ok: true,
      state: { message: "1 approved; 1 changed since you loaded the queue — review it again: “Forged version”" },
    });
    expect((await db.listing.findUniqueOrThrow({ where: { id: ids[0]! } })).status).toBe("PENDING_REVIEW");
    expect((await db.listing.findUniqueOrThrow({ where: { id: ids[1]! } })).status).toBe("PUBLISHED");
  });

  it("is harmless when submitted twice: the second approves nothing and says so", async () => {
    const listings = await pending(2);
    await db.listing.update({ where: { id: listings[0]!.id }, data: { title: "First of two" } });
    await db.listing.update({ where: { id: listings[1]!.id }, data: { title: "Second of two" } });
    const admin = await createAdmin();
    const form = { listingIds: listings.map((l) => l.id), decision: "approve", ...(await versionsOf(listings)) };

    expect(await executeAction(decideListingsDefinition, admin.actor, form)).toMatchObject({
      ok: true,
      redirectTo: "/admin/review?decided=2&decision=approve",
    });
    const before = await statuses();
    const mails = await db.emailOutbox.count();

    expect(await executeAction(decideListingsDefinition, admin.actor, form)).toMatchObject({
      ok: true,
      state: { message: "None approved; 2 no longer waiting for review: “First of two”, “Second of two”" },
    });
    expect(await statuses()).toEqual(before);
    expect(await db.emailOutbox.count()).toBe(mails);
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
        ...(await versionsOf(listings)),
        decision,
        reason: "Please state the pay as a yearly range.",
      });
      expect(outcome.ok).toBe(false);
    }
    expect(await statuses()).toEqual(before);
  });
});
