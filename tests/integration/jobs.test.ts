import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bandKey } from "@/lib/salary-bands";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { db } from "@/server/db";
import { JOB_DEFINITIONS, JOB_NAMES } from "@/server/jobs/definitions";
import { enqueueJob } from "@/server/jobs/enqueue";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { moveListing } from "@/server/listings/lifecycle";
import { approveListing } from "@/server/moderation/review";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCompany, createLevel, createListing } from "../setup/factories";
import { waitForJobs } from "../setup/jobs";

// Jobs run end to end here: the real pg-boss queue in the test database, worked by the real runner.

// Reset first: a job another file left in the queue must not start while the tables are truncated.
beforeAll(async () => {
  await resetDatabase();
  await startJobRunner({ schedules: true, pollingIntervalSeconds: 0.5 });
});
afterAll(() => stopJobRunner());
beforeEach(resetDatabase);

describe("the jobs home", () => {
  it("keeps a cron schedule for every scheduled job", async () => {
    const rows = await db.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule ORDER BY name`;
    const expected = JOB_NAMES.flatMap((name) => {
      const definition: { schedule?: string } = JOB_DEFINITIONS[name];
      return definition.schedule ? [{ name, cron: definition.schedule }] : [];
    });
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(expected.map((e) => e.name)).toEqual([
      "expire-listings",
      "refresh-salary-bands",
      "refresh-search-terms",
      "refresh-search-facets",
      "deliver-email",
      "send-mail-digests",
      "remind-expiring-listings",
      "remind-interview-outcomes",
      "admin-daily-summary",
      "send-search-alerts",
      "check-near-duplicates",
    ]);
  });

  it("checks a submitted listing for near-duplicates on the worker, and stores the check", async () => {
    const company = await createCompany();
    const draft = await createListing(company.id, { status: "DRAFT" });

    await moveListing("submit", { listingId: draft.id, actor: SYSTEM_ACTOR });
    const jobs = await waitForJobs("check-near-duplicates");

    expect(jobs).toContainEqual(
      expect.objectContaining({ state: "completed", data: { listingId: draft.id }, output: { checked: 1 } }),
    );
    const listing = await db.listing.findUniqueOrThrow({ where: { id: draft.id } });
    expect(await db.listingDuplicateCheck.findUniqueOrThrow({ where: { listingId: draft.id } })).toMatchObject({
      listingUpdatedAt: listing.updatedAt,
    });
  });

  it("expires published listings past their date through the lifecycle, and leaves the rest", async () => {
    const company = await createCompany();
    const due = await createListing(company.id, { expiresAt: new Date(Date.now() - 1000) });
    const live = await createListing(company.id);
    const draft = await createListing(company.id, { status: "DRAFT", expiresAt: new Date(Date.now() - 1000) });

    await enqueueJob("expire-listings");
    const [job] = await waitForJobs("expire-listings");

    expect(job).toMatchObject({ state: "completed", output: { expired: 1 } });
    expect(await db.listing.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: "EXPIRED" });
    expect((await db.listing.findUniqueOrThrow({ where: { id: due.id } })).expiredAt).toBeInstanceOf(Date);
    expect((await db.listing.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("PUBLISHED");
    expect((await db.listing.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    expect(await db.auditLog.count({ where: { action: "listing.expire", targetId: due.id, actorId: null } })).toBe(1);
    // The live set changed, so the after-effects asked for a band refresh, which the worker ran too.
    expect(await waitForJobs("refresh-salary-bands")).toEqual([expect.objectContaining({ state: "completed" })]);
  });

  it("an approval refreshes the salary bands through the queue once it has committed", async () => {
    const company = await createCompany();
    const level = await createLevel();
    for (let i = 0; i < 5; i++) await createListing(company.id, { levelId: level.id });
    const pending = await createListing(company.id, { levelId: level.id, status: "PENDING_REVIEW" });

    await approveListing((await createAdmin()).actor, pending.id);
    await waitForJobs("refresh-salary-bands");

    const band = await db.salaryBand.findUniqueOrThrow({ where: { key: bandKey.level(level.id) } });
    expect(band.listingCount).toBe(6);
  });

  it("folds a burst of changes into one waiting band refresh", async () => {
    await stopJobRunner();
    try {
      const ids = await Promise.all([enqueueJob("refresh-salary-bands"), enqueueJob("refresh-salary-bands")]);
      expect(ids.filter((id) => id !== null)).toHaveLength(1);
    } finally {
      await startJobRunner({ schedules: false, pollingIntervalSeconds: 0.5 });
    }
  });
});
