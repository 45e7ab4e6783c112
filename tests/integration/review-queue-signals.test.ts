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
});
