import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { approveListingDefinition, rejectListingDefinition } from "@/server/moderation/actions";
import { listReviewQueue } from "@/server/moderation/review";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing } from "../setup/factories";

beforeEach(resetDatabase);

async function pendingListing() {
  const employer = await createEmployer();
  const listing = await createListing(employer.company.id, { status: "PENDING_REVIEW" });
  return { employer, listing };
}

async function snapshot(listingId: string) {
  const listing = await db.listing.findUniqueOrThrow({ where: { id: listingId } });
  return { status: listing.status, publishedAt: listing.publishedAt, audits: await db.auditLog.count() };
}

describe("approving a listing", () => {
  it("publishes it for 30 days and records who approved it", async () => {
    const { listing } = await pendingListing();
    const admin = await createAdmin();

    const outcome = await executeAction(approveListingDefinition, admin.actor, {
      listingId: listing.id,
      version: String(listing.updatedAt.getTime()),
    });

    expect(outcome.ok).toBe(true);
    const after = await db.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.status).toBe("PUBLISHED");
    expect(after.reviewedById).toBe(admin.user.id);
    const days = (after.expiresAt!.getTime() - after.publishedAt!.getTime()) / 86_400_000;
    expect(days).toBe(30);
    const audit = await db.auditLog.findMany({ where: { targetId: listing.id } });
    expect(audit).toMatchObject([{ action: "listing.approve", actorId: admin.user.id, actorEmail: admin.user.email }]);
  });

  it("a second approval is refused with a clear message and changes nothing", async () => {
    const { listing } = await pendingListing();
    const admin = await createAdmin();
    await executeAction(approveListingDefinition, admin.actor, {
      listingId: listing.id,
      version: String(listing.updatedAt.getTime()),
    });
    const before = await snapshot(listing.id);

    const outcome = await executeAction(approveListingDefinition, admin.actor, {
      listingId: listing.id,
      version: String(listing.updatedAt.getTime()),
    });

    expect(outcome.ok).toBe(false);
    expect(outcome.state).toMatchObject({ status: "error", message: expect.stringContaining("no longer waiting") });
    expect(await snapshot(listing.id)).toEqual(before);
  });

  it.each([
    ["anonymous", async () => null],
    ["the listing's own employer", async (owner: Actor) => owner],
    ["a candidate", async () => (await createCandidate()).actor],
  ])("is refused for %s and changes nothing", async (_who, makeActor: (owner: Actor) => Promise<Actor | null>) => {
    const { employer, listing } = await pendingListing();
    const actor = await makeActor(employer.actor);
    const before = await snapshot(listing.id);

    const outcome = await executeAction(approveListingDefinition, actor, {
      listingId: listing.id,
      version: String(listing.updatedAt.getTime()),
    });

    expect(outcome.ok).toBe(false);
    expect(await snapshot(listing.id)).toEqual(before);
  });

  it("refuses a malformed id before any query", async () => {
    const admin = await createAdmin();
    const outcome = await executeAction(approveListingDefinition, admin.actor, { listingId: "'; drop table" });
    expect(outcome.ok).toBe(false);
    expect(outcome.state).toMatchObject({ fieldErrors: { listingId: [expect.any(String)] } });
  });
});

describe("rejecting a listing", () => {
  it("needs a reason, which the employer then sees", async () => {
    const { listing } = await pendingListing();
    const admin = await createAdmin();

    const tooShort = await executeAction(rejectListingDefinition, admin.actor, { listingId: listing.id, reason: "no" });
    expect(tooShort.ok).toBe(false);
    expect((await snapshot(listing.id)).status).toBe("PENDING_REVIEW");

    const reason = "The pay range is missing the bonus you mention in the text.";
    const outcome = await executeAction(rejectListingDefinition, admin.actor, { listingId: listing.id, reason });
    expect(outcome.ok).toBe(true);
    const after = await db.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after).toMatchObject({ status: "REJECTED", rejectionReason: reason, publishedAt: null });
    expect(await db.auditLog.findFirst({ where: { targetId: listing.id } })).toMatchObject({ action: "listing.reject", reason });
  });

  it("is refused for an employer", async () => {
    const { employer, listing } = await pendingListing();
    const outcome = await executeAction(rejectListingDefinition, employer.actor, {
      listingId: listing.id,
      reason: "I changed my mind about it.",
    });
    expect(outcome.ok).toBe(false);
    expect((await snapshot(listing.id)).status).toBe("PENDING_REVIEW");
  });
});

describe("the review queue", () => {
  it("lists only pending listings, oldest first, with signals", async () => {
    const employer = await createEmployer();
    const older = await createListing(employer.company.id, {
      status: "PENDING_REVIEW",
      submittedAt: new Date(Date.now() - 5 * 86_400_000),
    });
    const newer = await createListing(employer.company.id, {
      status: "PENDING_REVIEW",
      submittedAt: new Date(Date.now() - 86_400_000),
      description: "See https://example.test/apply for details. ".repeat(5),
    });
    await createListing(employer.company.id, { status: "PUBLISHED" });
    await createListing(employer.company.id, { status: "DRAFT" });
    const admin = await createAdmin();

    const queue = await listReviewQueue(admin.actor);

    expect(queue.map((l) => l.id)).toEqual([older.id, newer.id]);
    expect(queue[1]!.signals.map((s) => s.kind)).toContain("links");
    expect(queue[0]!.signals.map((s) => s.kind)).toContain("new-employer");
  });

  it("is refused to non-admins", async () => {
    const employer = await createEmployer();
    await expect(listReviewQueue(employer.actor)).rejects.toThrow("not allowed");
  });

  it("the audit log refuses to be rewritten", async () => {
    const { listing } = await pendingListing();
    const admin = await createAdmin();
    await executeAction(approveListingDefinition, admin.actor, {
      listingId: listing.id,
      version: String(listing.updatedAt.getTime()),
    });
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    await expect(db.auditLog.updateMany({ data: { reason: "rewritten" } })).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(1);
  });
});
