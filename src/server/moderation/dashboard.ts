import "server-only";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { assertAdmin } from "@/server/moderation/admin-guard";
import { utc } from "@/server/search/filters";

// The moderation dashboard's figures, each one query. "Time to decision" is from a listing's (latest)
// submission to the moderator's approval or rejection (Listing.submittedAt → reviewedAt), over the
// listings decided in the window.

const DAY_MS = 24 * 60 * 60 * 1000;
export const DASHBOARD_WEEKS = 12;

export type WeekActivity = { weekStart: Date; published: number; closed: number; expired: number };

export type Dashboard = {
  pending: number;
  oldestPendingAt: Date | null;
  /** Median time to decision in milliseconds, null when nothing was decided in the window. */
  medianDecision7d: number | null;
  medianDecision30d: number | null;
  decided7d: number;
  decided30d: number;
  openReports: number;
  suspendedUsers: number;
  suspendedCompanies: number;
  weeks: WeekActivity[];
};

async function medianDecision(since: Date): Promise<{ median: number | null; count: number }> {
  const [row] = await db.$queryRaw<{ median: number | null; count: bigint }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM l."reviewedAt" - l."submittedAt"))::float8 AS median,
           count(*) AS count
      FROM "Listing" l
     WHERE l."reviewedAt" >= ${utc(since)}
       AND l."submittedAt" IS NOT NULL
       AND l."reviewedAt" >= l."submittedAt"
       AND l."status" <> 'PENDING_REVIEW'`;
  return { median: row?.median === null || row?.median === undefined ? null : row.median * 1000, count: Number(row?.count ?? 0) };
}

/** Monday 00:00 UTC of the week `date` falls in. */
export function weekStartUtc(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

async function weeklyActivity(now: Date): Promise<WeekActivity[]> {
  const first = new Date(weekStartUtc(now).getTime() - (DASHBOARD_WEEKS - 1) * 7 * DAY_MS);
  // Timestamps are stored as UTC without a zone, so date_trunc('week') gives the UTC Monday as weekStartUtc.
  const rows = await db.$queryRaw<{ week: string; kind: string; count: bigint }[]>`
    SELECT to_char(date_trunc('week', t.at), 'YYYY-MM-DD') AS week, t.kind, count(*) AS count
      FROM (
        SELECT "publishedAt" AS at, 'published' AS kind FROM "Listing" WHERE "publishedAt" >= ${utc(first)}
        UNION ALL SELECT "closedAt", 'closed' FROM "Listing" WHERE "closedAt" >= ${utc(first)}
        UNION ALL SELECT "expiredAt", 'expired' FROM "Listing" WHERE "expiredAt" >= ${utc(first)}
      ) t
     GROUP BY 1, 2`;
  const weeks: WeekActivity[] = Array.from({ length: DASHBOARD_WEEKS }, (_, i) => ({
    weekStart: new Date(first.getTime() + i * 7 * DAY_MS),
    published: 0,
    closed: 0,
    expired: 0,
  }));
  for (const row of rows) {
    const week = weeks.find((w) => w.weekStart.toISOString().slice(0, 10) === row.week);
    if (week && (row.kind === "published" || row.kind === "closed" || row.kind === "expired")) week[row.kind] = Number(row.count);
  }
  return weeks;
}

export async function loadDashboard(actor: Actor, now = new Date()): Promise<Dashboard> {
  assertAdmin(actor);
  const [pending, oldest, week, month, openReports, suspendedUsers, suspendedCompanies, weeks] = await Promise.all([
    db.listing.count({ where: { status: "PENDING_REVIEW" } }),
    db.listing.findFirst({
      where: { status: "PENDING_REVIEW", submittedAt: { not: null } },
      orderBy: { submittedAt: "asc" },
      select: { submittedAt: true },
    }),
    medianDecision(new Date(now.getTime() - 7 * DAY_MS)),
    medianDecision(new Date(now.getTime() - 30 * DAY_MS)),
    db.report.count({ where: { status: "OPEN" } }),
    db.user.count({ where: { status: "SUSPENDED" } }),
    db.company.count({ where: { status: "SUSPENDED" } }),
    weeklyActivity(now),
  ]);
  return {
    pending,
    oldestPendingAt: oldest?.submittedAt ?? null,
    medianDecision7d: week.median,
    medianDecision30d: month.median,
    decided7d: week.count,
    decided30d: month.count,
    openReports,
    suspendedUsers,
    suspendedCompanies,
    weeks,
  };
}
