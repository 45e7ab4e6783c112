import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { findGoneListing } from "@/server/listings/gone";
import { findPublishedListing } from "@/server/listings/public";
import { reportListingDefinition, resolveReportsDefinition } from "@/server/reports/actions";
import { listReportQueue, REPORT_LIMIT } from "@/server/reports/reports";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing } from "../setup/factories";

// Reports (issue 12): anyone signed in reports a live listing, once while the report is open, within a
// rate limit; moderators settle all open reports of a listing with one decision, audited with it.

beforeEach(resetDatabase);

async function liveListing() {
  const employer = await createEmployer();
  const listing = await createListing(employer.company.id);
  return { employer, listing };
}

async function report(actor: Actor | null, listingId: string, reason = "SCAM", details?: string) {
  return executeAction(reportListingDefinition, actor, { listingId, reason, ...(details ? { details } : {}) });
}

async function reportState() {
  return {
    reports: await db.report.findMany({ select: { id: true, status: true, resolution: true }, orderBy: { id: "asc" } }),
    listings: await db.listing.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    companies: await db.company.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    audits: await db.auditLog.count(),
  };
}

describe("reporting a listing", () => {
  it("is open to every signed-in role, records the reason and details", async () => {
    const { listing } = await liveListing();
    const candidate = await createCandidate();
    const otherEmployer = await createEmployer();

    const first = await report(candidate.actor, listing.id, "NOT_REMOTE", "The description says three office days a week.");
    const second = await report(otherEmployer.actor, listing.id, "DISCRIMINATORY");

    expect(first).toMatchObject({ ok: true, state: { message: expect.stringContaining("A moderator will look") } });
    expect(second.ok).toBe(true);
    const rows = await db.report.findMany({ where: { listingId: listing.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toMatchObject([
      {
        reporterId: candidate.user.id,
        reason: "NOT_REMOTE",
        details: "The description says three office days a week.",
        status: "OPEN",
      },
      { reporterId: otherEmployer.user.id, reason: "DISCRIMINATORY", details: null, status: "OPEN" },
    ]);
  });

  it("is refused when signed out, and changes nothing", async () => {
    const { listing } = await liveListing();
    const outcome = await report(null, listing.id);
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringContaining("sign in") } });
    expect(await db.report.count()).toBe(0);
  });

  it("a second report while the first is open says 'already reported' and adds nothing", async () => {
    const { listing } = await liveListing();
    const candidate = await createCandidate();
    await report(candidate.actor, listing.id);

    const again = await report(candidate.actor, listing.id, "DUPLICATE");

    expect(again).toMatchObject({ ok: true, state: { message: expect.stringContaining("already reported") } });
    expect(await db.report.count()).toBe(1);
  });

  it("the database itself holds one open report per person per listing, and allows a new one after resolution", async () => {
    const { listing } = await liveListing();
    const candidate = await createCandidate();
    const row = { listingId: listing.id, reporterId: candidate.user.id, reason: "SCAM" as const };
    await db.report.create({ data: row });
    await expect(db.report.create({ data: row })).rejects.toThrow();

    await db.report.updateMany({ where: { listingId: listing.id }, data: { status: "DISMISSED" } });
    await db.report.create({ data: row });
    expect(await db.report.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it("two simultaneous submits leave one report", async () => {
    const { listing } = await liveListing();
    const candidate = await createCandidate();
    const outcomes = await Promise.all([report(candidate.actor, listing.id), report(candidate.actor, listing.id)]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await db.report.count()).toBe(1);
  });

  it(`is rate limited to ${REPORT_LIMIT.count} an hour per account`, async () => {
    const candidate = await createCandidate();
    const employer = await createEmployer();
    const listings = await Promise.all(Array.from({ length: REPORT_LIMIT.count + 1 }, () => createListing(employer.company.id)));
    for (const listing of listings.slice(0, REPORT_LIMIT.count)) {
      expect((await report(candidate.actor, listing.id)).ok).toBe(true);
    }

    const over = await report(candidate.actor, listings.at(-1)!.id);

    expect(over).toMatchObject({ ok: false, state: { message: expect.stringContaining("Too many") } });
    expect(await db.report.count()).toBe(REPORT_LIMIT.count);
    // Someone else is not affected.
    expect((await report((await createCandidate()).actor, listings.at(-1)!.id)).ok).toBe(true);
  });

  it("refuses a listing that is not live, an unknown reason, and 'other' without details", async () => {
    const employer = await createEmployer();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const { listing } = await liveListing();
    const candidate = await createCandidate();

    expect(await report(candidate.actor, draft.id)).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("no longer") },
    });
    expect(await report(candidate.actor, listing.id, "BORING")).toMatchObject({
      ok: false,
      state: { fieldErrors: { reason: [expect.any(String)] } },
    });
    expect(await report(candidate.actor, listing.id, "OTHER")).toMatchObject({
      ok: false,
      state: { fieldErrors: { details: [expect.any(String)] }, values: { reason: "OTHER" } },
    });
    expect(await db.report.count()).toBe(0);
  });
});

async function reportedListing(reasons: string[] = ["SCAM", "SCAM", "NO_REAL_PAY"]) {
  const { employer, listing } = await liveListing();
  const reporters = [];
  for (const reason of reasons) {
    const candidate = await createCandidate();
    await report(candidate.actor, listing.id, reason);
    reporters.push(candidate);
  }
  return { employer, listing, reporters };
}

describe("the reports queue", () => {
  it("groups open reports by listing, most reported first, with counts per reason", async () => {
    const many = await reportedListing(["SCAM", "SCAM", "NO_REAL_PAY"]);
    const one = await reportedListing(["DUPLICATE"]);
    const admin = await createAdmin();

    const queue = await listReportQueue(admin.actor);

    expect(queue.map((g) => [g.listing.id, g.count])).toEqual([
      [many.listing.id, 3],
      [one.listing.id, 1],
    ]);
    expect(queue[0]!.reasons).toEqual([
      { reason: "SCAM", count: 2 },
      { reason: "NO_REAL_PAY", count: 1 },
    ]);
  });

  it("is refused to candidates and employers", async () => {
    await reportedListing();
    await expect(listReportQueue((await createCandidate()).actor)).rejects.toThrow("not allowed");
    await expect(listReportQueue((await createEmployer()).actor)).rejects.toThrow("not allowed");
  });
});

describe("resolving reports", () => {
  const note = "The pay range was stated per month but labelled per year.";

  it("dismissing leaves the listing up and marks every open report dismissed, audited", async () => {
    const { listing } = await reportedListing();
    const admin = await createAdmin();

    const outcome = await executeAction(resolveReportsDefinition, admin.actor, { listingId: listing.id, resolution: "dismiss" });

    expect(outcome.ok).toBe(true);
    expect((await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PUBLISHED");
    const reports = await db.report.findMany({ where: { listingId: listing.id } });
    expect(reports.every((r) => r.status === "DISMISSED" && r.resolution === "dismiss" && r.resolvedById === admin.user.id)).toBe(
      true,
    );
    expect(await db.auditLog.findMany({ where: { targetId: listing.id } })).toMatchObject([
      { action: "report.resolve", actorId: admin.user.id, metadata: { resolution: "dismiss", reports: 3 } },
    ]);
    // Each reporter hears the outcome.
    expect(await db.emailOutbox.count({ where: { kind: "report-outcome" } })).toBe(3);
  });

  it("asking the employer to fix sends the listing back to review with the note they see", async () => {
    const { listing } = await reportedListing();
    const admin = await createAdmin();

    const outcome = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: listing.id,
      resolution: "return-to-review",
      note,
    });

    expect(outcome.ok).toBe(true);
    expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      status: "PENDING_REVIEW",
      rejectionReason: note,
    });
    expect(await findPublishedListing(listing.slug)).toBeNull();
    expect((await db.report.findMany({ where: { listingId: listing.id } })).map((r) => r.status)).toEqual([
      "RESOLVED",
      "RESOLVED",
      "RESOLVED",
    ]);
    const actions = (await db.auditLog.findMany({ where: { targetId: listing.id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["listing.return-to-review", "report.resolve"]);
  });

  it("unpublishing closes the listing as removed by a moderator, and its page answers gone (410)", async () => {
    const { listing } = await reportedListing();
    const admin = await createAdmin();

    const outcome = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: listing.id,
      resolution: "unpublish",
      note,
    });

    expect(outcome.ok).toBe(true);
    expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      status: "CLOSED",
      closedReason: "REMOVED_BY_MODERATOR",
      closedNote: note,
    });
    expect(await findGoneListing(listing.slug)).not.toBeNull();
  });

  it("suspending the company takes all its listings off the board", async () => {
    const { employer, listing } = await reportedListing();
    const sibling = await createListing(employer.company.id);
    const admin = await createAdmin();

    const outcome = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: listing.id,
      resolution: "suspend-company",
      note,
    });

    expect(outcome.ok).toBe(true);
    expect(await db.company.findUniqueOrThrow({ where: { id: employer.company.id } })).toMatchObject({
      status: "SUSPENDED",
      suspensionReason: note,
    });
    expect(await findPublishedListing(sibling.slug)).toBeNull();
    expect(await db.report.count({ where: { status: "RESOLVED", resolution: "suspend-company" } })).toBe(3);
  });

  it("needs a note for everything but a dismissal, and changes nothing without it", async () => {
    const { listing } = await reportedListing();
    const admin = await createAdmin();
    const before = await reportState();

    const outcome = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: listing.id,
      resolution: "unpublish",
    });

    expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { note: [expect.any(String)] } } });
    expect(await reportState()).toEqual(before);
  });

  it("a second resolution is a conflict and changes nothing", async () => {
    const { listing } = await reportedListing();
    const admin = await createAdmin();
    await executeAction(resolveReportsDefinition, admin.actor, { listingId: listing.id, resolution: "unpublish", note });
    const before = await reportState();

    const again = await executeAction(resolveReportsDefinition, admin.actor, { listingId: listing.id, resolution: "dismiss" });

    expect(again).toMatchObject({ ok: false, state: { message: expect.stringContaining("no open reports") } });
    expect(await reportState()).toEqual(before);
  });

  it("a decision that cannot be carried out leaves the reports open", async () => {
    const { listing } = await reportedListing();
    const admin = await createAdmin();
    await db.listing.update({ where: { id: listing.id }, data: { status: "EXPIRED" } });
    const before = await reportState();

    const outcome = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: listing.id,
      resolution: "return-to-review",
      note,
    });

    expect(outcome.ok).toBe(false);
    expect(await reportState()).toEqual(before);
  });

  it.each([
    ["anonymous", async () => null],
    ["a candidate", async () => (await createCandidate()).actor],
    ["an employer", async () => (await createEmployer()).actor],
  ])("is refused for %s, and changes nothing", async (_who, makeActor: () => Promise<Actor | null>) => {
    const { listing } = await reportedListing();
    const actor = await makeActor();
    for (const resolution of ["dismiss", "return-to-review", "unpublish", "suspend-company"]) {
      const before = await reportState();
      const outcome = await executeAction(resolveReportsDefinition, actor, { listingId: listing.id, resolution, note });
      expect(outcome.ok).toBe(false);
      expect(await reportState()).toEqual(before);
    }
  });
});
