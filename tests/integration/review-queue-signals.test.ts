import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { restoreCompanyDefinition, suspendCompanyDefinition } from "@/server/moderation/actions";
import { listReviewQueue } from "@/server/moderation/review";
import { recomputeSalaryBands } from "@/server/salaries/recompute";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createCompany, createLevel, createListing } from "../setup/factories";

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

    const queue = await listReviewQueue(admin.actor);
    const entry = (id: string) => queue.find((l) => l.id === id)!;

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
});
