import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { getOwnApplication, listOwnApplications } from "@/server/applications/candidate";
import { applyDefinition } from "@/server/applications/actions";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createCompany, createEmployer, createListing } from "../setup/factories";

beforeEach(resetDatabase);

const coverNote = "I led the split of a payments monolith into twelve services over two years.";

describe("applying to a listing", () => {
  it("creates one application in the NEW stage", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();

    const outcome = await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });

    expect(outcome.ok).toBe(true);
    expect(await db.application.findMany({ where: { listingId: listing.id } })).toMatchObject([
      { candidateId: candidate.user.id, status: "NEW", coverNote },
    ]);
  });

  it("a second submission is harmless: same application, unchanged note", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });

    const again = await executeAction(applyDefinition, candidate.actor, {
      listingId: listing.id,
      coverNote: `${coverNote} Edited.`,
    });

    expect(again.ok).toBe(true);
    expect(again.state).toMatchObject({ message: expect.stringContaining("already applied") });
    const rows = await db.application.findMany({ where: { listingId: listing.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.coverNote).toBe(coverNote);
  });

  it("two simultaneous submissions still make one application", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();

    const outcomes = await Promise.all([
      executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote }),
      executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote }),
    ]);

    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await db.application.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it.each(["PENDING_REVIEW", "DRAFT", "REJECTED", "CLOSED", "EXPIRED"] as const)(
    "is refused for a %s listing",
    async (status) => {
      const employer = await createEmployer();
      const listing = await createListing(employer.company.id, {
        status,
        rejectionReason: status === "REJECTED" ? "Missing pay." : null,
      });
      const candidate = await createCandidate();

      const outcome = await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });

      expect(outcome.ok).toBe(false);
      expect(await db.application.count()).toBe(0);
    },
  );

  it("is refused for a published listing past its expiry, or of a suspended company", async () => {
    const employer = await createEmployer();
    const expired = await createListing(employer.company.id, { expiresAt: new Date(Date.now() - 1000) });
    const suspended = await createCompany({ status: "SUSPENDED" });
    const hidden = await createListing(suspended.id);
    const candidate = await createCandidate();

    for (const listing of [expired, hidden]) {
      const outcome = await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });
      expect(outcome.ok).toBe(false);
    }
    expect(await db.application.count()).toBe(0);
  });

  it("is refused for anonymous callers, employers and admins, and for a too-short note", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const admin = await createAdmin();
    const candidate = await createCandidate();

    for (const actor of [null, employer.actor, admin.actor]) {
      const outcome = await executeAction(applyDefinition, actor, { listingId: listing.id, coverNote });
      expect(outcome.ok).toBe(false);
    }
    const short = await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote: "hire me" });
    expect(short.state).toMatchObject({
      status: "error",
      fieldErrors: { coverNote: [expect.any(String)] },
      values: { coverNote: "hire me" },
    });
    expect(await db.application.count()).toBe(0);
  });
});

describe("reading applications", () => {
  it("a candidate sees their own and cannot read another candidate's", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const alice = await createCandidate();
    const bob = await createCandidate();
    await executeAction(applyDefinition, alice.actor, { listingId: listing.id, coverNote });
    const alicesApplication = await db.application.findFirstOrThrow({ where: { candidateId: alice.user.id } });

    expect((await getOwnApplication(alice.actor, alicesApplication.id))?.coverNote).toBe(coverNote);
    await expect(getOwnApplication(bob.actor, alicesApplication.id)).resolves.toBeNull();
    expect(await listOwnApplications(bob.actor)).toEqual([]);
    expect(await listOwnApplications(alice.actor)).toHaveLength(1);
  });
});
