import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { ActivityChart } from "@/components/admin/activity-chart";
import { formatDuration } from "@/lib/format-duration";
import { db } from "@/server/db";
import { DASHBOARD_WEEKS, loadDashboard, weekStartUtc } from "@/server/moderation/dashboard";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createCompany, createEmployer, createListing } from "../setup/factories";

// The moderation dashboard (issue 12): what waits and since when, the median time to decision over 7 and
// 30 days, open reports, suspensions, and listings published, closed and expired per week.

beforeEach(resetDatabase);

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-02T12:00:00Z"); // a Wednesday

async function decided(companyId: string, reviewedDaysAgo: number, waitedHours: number) {
  const reviewedAt = new Date(NOW.getTime() - reviewedDaysAgo * DAY);
  return createListing(companyId, {
    status: "PUBLISHED",
    submittedAt: new Date(reviewedAt.getTime() - waitedHours * HOUR),
    reviewedAt,
    publishedAt: reviewedAt,
    expiresAt: new Date(reviewedAt.getTime() + 30 * DAY),
  });
}

describe("the moderation dashboard", () => {
  it("counts what waits, times decisions, and counts open reports and suspensions", async () => {
    const company = await createCompany();
    const admin = await createAdmin();
    await createListing(company.id, { status: "PENDING_REVIEW", submittedAt: new Date(NOW.getTime() - 50 * HOUR) });
    await createListing(company.id, { status: "PENDING_REVIEW", submittedAt: new Date(NOW.getTime() - 2 * HOUR) });
    // Last 7 days: waited 2, 4 and 30 hours (median 4). Within 30 days also 10 and 12 hours (median 10).
    await decided(company.id, 1, 2);
    await decided(company.id, 2, 4);
    await decided(company.id, 6, 30);
    await decided(company.id, 10, 10);
    await decided(company.id, 20, 12);
    // Outside both windows.
    await decided(company.id, 40, 500);
    const reported = await createListing(company.id);
    const reporter = await createCandidate();
    await db.report.create({ data: { listingId: reported.id, reporterId: reporter.user.id, reason: "SCAM" } });
    await db.report.create({ data: { listingId: reported.id, reporterId: admin.user.id, reason: "SCAM", status: "DISMISSED" } });
    await createCompany({ status: "SUSPENDED" });
    await db.user.update({ where: { id: reporter.user.id }, data: { status: "SUSPENDED" } });

    const d = await loadDashboard(admin.actor, NOW);

    expect(d).toMatchObject({
      pending: 2,
      oldestPendingAt: new Date(NOW.getTime() - 50 * HOUR),
      medianDecision7d: 4 * HOUR,
      decided7d: 3,
      medianDecision30d: 10 * HOUR,
      decided30d: 5,
      openReports: 1,
      suspendedUsers: 1,
      suspendedCompanies: 1,
    });
  });

  it("has no median when nothing was decided", async () => {
    const admin = await createAdmin();
    expect(await loadDashboard(admin.actor, NOW)).toMatchObject({ pending: 0, oldestPendingAt: null, medianDecision7d: null });
  });

  it("counts listings published, closed and expired per UTC week, Monday first, for the last weeks", async () => {
    const company = await createCompany();
    const admin = await createAdmin();
    const thisMonday = new Date("2026-11-30T00:00:00Z");
    expect(weekStartUtc(NOW)).toEqual(thisMonday);
    const lastWeekSunday = new Date("2026-11-29T23:59:00Z");
    await createListing(company.id, { publishedAt: thisMonday });
    await createListing(company.id, { publishedAt: lastWeekSunday });
    await createListing(company.id, { status: "CLOSED", publishedAt: lastWeekSunday, closedAt: thisMonday });
    await createListing(company.id, {
      status: "EXPIRED",
      publishedAt: new Date("2026-08-01T00:00:00Z"),
      expiredAt: lastWeekSunday,
    });
    // Before the window: not counted anywhere.
    await createListing(company.id, { publishedAt: new Date("2026-01-05T00:00:00Z") });

    const { weeks } = await loadDashboard(admin.actor, NOW);

    expect(weeks).toHaveLength(DASHBOARD_WEEKS);
    expect(weeks.at(-1)).toEqual({ weekStart: thisMonday, published: 1, closed: 1, expired: 0 });
    expect(weeks.at(-2)).toEqual({ weekStart: new Date("2026-11-23T00:00:00Z"), published: 2, closed: 0, expired: 1 });
    expect(weeks.slice(0, -2).every((w) => w.published + w.closed + w.expired === 0)).toBe(true);
    expect(weeks[0]!.weekStart).toEqual(new Date(thisMonday.getTime() - (DASHBOARD_WEEKS - 1) * 7 * DAY));

    // The chart draws those numbers, and its table lists them.
    const html = renderToStaticMarkup(createElement(ActivityChart, { id: "weekly", weeks }));
    expect(html).toContain('data-week="2026-11-23"');
    expect(html).toMatch(/data-series="published" data-value="2"/);
    expect(html).toContain("<caption");
    expect(html).toContain("Over the last 12 weeks: 3 published, 1 closed, 1 expired.");
  });

  it("is refused to candidates and employers", async () => {
    await expect(loadDashboard((await createCandidate()).actor, NOW)).rejects.toThrow("not allowed");
    await expect(loadDashboard((await createEmployer()).actor, NOW)).rejects.toThrow("not allowed");
  });

  it("says durations at a moderator's precision", () => {
    expect([0, 45 * 60_000, 5.5 * HOUR, 47 * HOUR, 3.24 * DAY].map(formatDuration)).toEqual([
      "0 minutes",
      "45 minutes",
      "5.5 hours",
      "47 hours",
      "3.2 days",
    ]);
  });
});
