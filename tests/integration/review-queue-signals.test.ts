import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { db } from "@/server/db";
import { JOB_HANDLERS } from "@/server/jobs/handlers";
import { moveListing } from "@/server/listings/lifecycle";
import { restoreCompanyDefinition, suspendCompanyDefinition } from "@/server/moderation/actions";
import { listReviewQueue } from "@/server/moderation/review";
import { recomputeSalaryBands } from "@/server/salaries/recompute";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createCompany, createLevel, createListing } from "../setup/factories";
import { jobsNamed } from "../setup/jobs";

// The review queue's signals from issue 12, end to end: pay against the live band, scam patterns in the
// text, links off the company's domain, and the company's record (reports, a past suspension).

beforeEach(resetDatabase);

const NEW_KINDS = new Set(["pay", "contact", "payment-request", "history", "links"]);

async function signalsOf(listingId: string) {
  const admin = await createAdmin();
  const queue = await listReviewQueue(admin.actor);
  return queue.find((l) => l.id === listingId)!.signals.filter((s) => NEW_KINDS.has(s.kind));
}

describe("review queue signals", () => {
  it("flag pay outside the level's band with the numbers, and not pay inside it", async () => {
    const level = await createLevel({ name: "Staff" });
    const board = await createCompany();
    for (let i = 0; i < 8; i++) {
      const usd = 200_000 + i * 10_000;
      await createListing(board.id, { levelId: level.id, annualUsdMin: usd, annualUsdMax: usd, salaryMin: usd, salaryMax: usd });
    }
    await recomputeSalaryBands();
    const company = await createCompany();
    const low = await createListing(company.id, {
      levelId: level.id,
      status: "PENDING_REVIEW",
      annualUsdMin: 60_000,
      annualUsdMax: 70_000,
      salaryMin: 60_000,
      salaryMax: 70_000,
    });
    const fair = await createListing(company.id, {
      levelId: level.id,
      status: "PENDING_REVIEW",
      title: "A different title",
      annualUsdMin: 220_000,
      annualUsdMax: 240_000,
      salaryMin: 220_000,
      salaryMax: 240_000,
    });

    expect(await signalsOf(low.id)).toEqual([
      {
        kind: "pay",
        message: expect.stringMatching(
          /^Pay midpoint \$65,000 is below the 5th percentile \(\$\d{3},\d{3}\) of Staff listings open worldwide\.$/,
        ),
      },
    ]);
    expect(await signalsOf(fair.id)).toEqual([]);
  });

  it("flag scam patterns, foreign links and a company with reports and a past suspension", async () => {
    const admin = await createAdmin();
    const company = await createCompany({ website: "https://acme.io" });
    const earlier = await createListing(company.id);
    const reporter = await createCandidate();
    await db.report.create({ data: { listingId: earlier.id, reporterId: reporter.user.id, reason: "SCAM", status: "RESOLVED" } });
    await db.report.create({ data: { listingId: earlier.id, reporterId: admin.user.id, reason: "SCAM", status: "DISMISSED" } });
    await executeAction(suspendCompanyDefinition, admin.actor, { companyId: company.id, reason: "Fees asked of candidates." });
    await executeAction(restoreCompanyDefinition, admin.actor, { companyId: company.id, reason: "Appeal accepted." });
    const pending = await createListing(company.id, {
      status: "PENDING_REVIEW",
      description:
        "Great team. To apply, message our recruiter on Telegram and pay a small training fee. Details: https://forms.gle/x " +
        "and https://acme.io/about. ".repeat(3),
    });

    expect(await signalsOf(pending.id)).toEqual([
      { kind: "links", message: "Description contains 4 external links." },
      { kind: "links", message: "Links to forms.gle, not the company's own acme.io." },
      { kind: "contact", message: expect.stringContaining("Telegram") },
      { kind: "payment-request", message: expect.stringContaining("a fee") },
      { kind: "history", message: "This company has been suspended before." },
      { kind: "history", message: "Reports about this company's listings: 1 upheld." },
    ]);
  });

  it("leave an ordinary listing from a clean company alone", async () => {
    const company = await createCompany({ website: "https://acme.io" });
    const pending = await createListing(company.id, { status: "PENDING_REVIEW" });
    expect(await signalsOf(pending.id)).toEqual([]);
  });

  it("find a near-copy at another company and a repost, but not a different role under the same title", async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const original =
      "You will own the settlement ledger that moves money between our banking partners and merchants. " +
      "Design idempotent Kafka consumers, reconcile daily files from three banks, and mentor four engineers. " +
      "We run Go services on Kubernetes with PostgreSQL, and we release several times a day with feature flags.";
    const copy = original.replace("three banks", "four banks").replace("four engineers", "five engineers");
    const different =
      "Join our mobile team to build the offline-first React Native app that field technicians use to log repairs. " +
      "You will shape sync conflict handling, accessibility and the release train for iOS and Android stores.";
    const reposted =
      "Lead the data platform: a lakehouse on Iceberg fed by change data capture from forty services, with strict " +
      "freshness targets, lineage for auditors and a cost budget you own together with finance every quarter.";
    const acme = await createCompany({ name: "Acme Payments" });
    const live = await createListing(acme.id, { title: "Senior Platform Engineer, Payments", description: original });
    const closed = await createListing(acme.id, {
      title: "Principal Data Platform Engineer",
      description: reposted,
      status: "CLOSED",
      publishedAt: new Date(Date.now() - 40 * DAY),
      closedAt: new Date(Date.now() - 5 * DAY),
    });
    await createListing((await createCompany()).id, {
      title: "Principal Data Platform Engineer",
      description: reposted,
      status: "CLOSED",
      publishedAt: new Date(Date.now() - 80 * DAY),
      closedAt: new Date(Date.now() - 45 * DAY),
    });
    const nearCopy = await createListing((await createCompany({ name: "Copycat Ltd" })).id, {
      status: "PENDING_REVIEW",
      title: "Senior Platform Engineer - Payments",
      description: copy,
    });
    const sameTitle = await createListing((await createCompany()).id, {
      status: "PENDING_REVIEW",
      title: "Senior Platform Engineer, Payments",
      description: different,
    });
    const repost = await createListing(acme.id, {
      status: "PENDING_REVIEW",
      title: "Principal Data Platform Engineer",
      description: reposted,
    });
    const admin = await createAdmin();
    // The factory writes pending listings directly, so no job was enqueued: the backstop run (no listing
    // id) checks every pending listing without a current check, as it does on its schedule.
    expect(await JOB_HANDLERS["check-near-duplicates"]({})).toEqual({ checked: 3 });

    const queue = await listReviewQueue(admin.actor);
    const entry = (id: string) => queue.find((l) => l.id === id)!;
    for (const id of [nearCopy.id, sameTitle.id, repost.id]) expect(entry(id).duplicateCheckPending).toBe(false);

    expect(entry(nearCopy.id).matches.map((m) => [m.id, m.companyName, m.repost])).toEqual([[live.id, "Acme Payments", false]]);
    expect(entry(nearCopy.id).signals).toContainEqual({
      kind: "duplicate",
      message: expect.stringMatching(
        /^Near-copy of “Senior Platform Engineer, Payments” at Acme Payments, live \(\d+% alike\)\.$/,
      ),
    });
    expect(entry(sameTitle.id).matches).toEqual([]);
    expect(entry(sameTitle.id).signals.map((s) => s.kind)).not.toContain("duplicate");
    // The other company's copy closed 45 days ago is outside the window; the company's own closed 5 days ago is a repost.
    expect(entry(repost.id).matches.map((m) => [m.id, m.repost])).toEqual([[closed.id, true]]);
    expect(entry(repost.id).signals).toContainEqual({
      kind: "duplicate",
      message: expect.stringContaining("Repost of “Principal Data Platform Engineer”"),
    });
  });

  it("are computed by a job the submission enqueues, stored per pair, and read back by the queue", async () => {
    const original =
      "You will own the settlement ledger that moves money between our banking partners and merchants. " +
      "Design idempotent Kafka consumers, reconcile daily files from three banks, and mentor four engineers.";
    const acme = await createCompany({ name: "Acme Payments" });
    const live = await createListing(acme.id, { title: "Senior Platform Engineer, Payments", description: original });
    const draft = await createListing((await createCompany({ name: "Copycat Ltd" })).id, {
      status: "DRAFT",
      title: "Senior Platform Engineer - Payments",
      description: original.replace("three banks", "four banks"),
    });
    const admin = await createAdmin();

    await moveListing("submit", { listingId: draft.id, actor: SYSTEM_ACTOR });

    // Before the job runs the queue says so, rather than showing no near-copies.
    const [job] = await jobsNamed("check-near-duplicates");
    expect(job?.data).toEqual({ listingId: draft.id });
    const waiting = (await listReviewQueue(admin.actor)).find((l) => l.id === draft.id)!;
    expect([waiting.duplicateCheckPending, waiting.matches]).toEqual([true, []]);
    expect(waiting.signals.map((s) => s.kind)).not.toContain("duplicate");

    expect(await JOB_HANDLERS["check-near-duplicates"](job!.data as Record<string, unknown>)).toEqual({ checked: 1 });
    const stored = () =>
      db.listingDuplicateMatch.findMany({
        select: { pendingListingId: true, matchedListingId: true, similarity: true, repost: true },
        orderBy: { matchedListingId: "asc" },
      });
    const first = await stored();
    expect(first).toEqual([
      { pendingListingId: draft.id, matchedListingId: live.id, similarity: expect.any(Number), repost: false },
    ]);
    expect(first[0]!.similarity).toBeGreaterThanOrEqual(0.6);

    // Running again replaces the rows with the same ones.
    expect(await JOB_HANDLERS["check-near-duplicates"]({ listingId: draft.id })).toEqual({ checked: 1 });
    expect(await stored()).toEqual(first);

    const checked = (await listReviewQueue(admin.actor)).find((l) => l.id === draft.id)!;
    expect(checked.duplicateCheckPending).toBe(false);
    expect(checked.matches.map((m) => [m.id, m.companyName, m.status, m.similarity])).toEqual([
      [live.id, "Acme Payments", "PUBLISHED", first[0]!.similarity],
    ]);
    expect(checked.signals).toContainEqual({
      kind: "duplicate",
      message: expect.stringMatching(
        /^Near-copy of “Senior Platform Engineer, Payments” at Acme Payments, live \(\d+% alike\)\.$/,
      ),
    });

    // The match closes later: the queue shows it as it is now, from the stored pair.
    await moveListing("close", { listingId: live.id, actor: SYSTEM_ACTOR, closeReason: "NO_LONGER_HIRING" });
    const later = (await listReviewQueue(admin.actor)).find((l) => l.id === draft.id)!;
    expect(later.matches.map((m) => [m.id, m.status])).toEqual([[live.id, "CLOSED"]]);
    expect(later.signals).toContainEqual({ kind: "duplicate", message: expect.stringContaining("closed recently") });
  });

  it("go back to pending when a waiting listing's content changes, and skip a listing decided before the job ran", async () => {
    const company = await createCompany();
    const pending = await createListing(company.id, { status: "PENDING_REVIEW" });
    const decided = await createListing(company.id, { status: "PENDING_REVIEW", title: "Another role" });
    await moveListing("reject", { listingId: decided.id, actor: SYSTEM_ACTOR, reason: "Not a backend role." });
    const admin = await createAdmin();

    expect(await JOB_HANDLERS["check-near-duplicates"]({ listingId: decided.id })).toEqual({ checked: 0 });
    expect(await db.listingDuplicateCheck.count({ where: { listingId: decided.id } })).toBe(0);
    expect(await JOB_HANDLERS["check-near-duplicates"]({ listingId: pending.id })).toEqual({ checked: 1 });
    expect((await listReviewQueue(admin.actor)).find((l) => l.id === pending.id)!.duplicateCheckPending).toBe(false);

    await db.listing.update({ where: { id: pending.id }, data: { description: "New content, not checked yet." } });
    expect((await listReviewQueue(admin.actor)).find((l) => l.id === pending.id)!.duplicateCheckPending).toBe(true);
  });
});
