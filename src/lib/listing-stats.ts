// Per-listing figures for its employer, from the daily rows: pure, so the arithmetic is unit-tested.

export const STATS_DAYS = 30;

export type StatsDay = { day: string; views: number; applications: number };

export type ListingStats = {
  /** The last STATS_DAYS UTC days, oldest first, each present (zero when nothing happened). */
  days: StatsDay[];
  totalViews: number;
  totalApplications: number;
  /** Applications per view over the listing's life, 0–1; null before the first counted view. */
  applyRate: number | null;
  /** Milliseconds from first publication to the first application; null without either. */
  timeToFirstApplicationMs: number | null;
};

/** "YYYY-MM-DD" of a UTC day. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** The last `count` UTC days up to and including today's, oldest first. */
export function lastDays(now: Date, count = STATS_DAYS): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => utcDay(new Date(today - (count - 1 - i) * 86_400_000)));
}

export function buildListingStats(input: {
  now: Date;
  viewDays: { day: string; views: number }[];
  applicationDays: { day: string; applications: number }[];
  totalViews: number;
  totalApplications: number;
  publishedAt: Date | null;
  firstApplicationAt: Date | null;
}): ListingStats {
  const views = new Map(input.viewDays.map((d) => [d.day, d.views]));
  const applications = new Map(input.applicationDays.map((d) => [d.day, d.applications]));
  const first = input.firstApplicationAt;
  const published = input.publishedAt;
  return {
    days: lastDays(input.now).map((day) => ({ day, views: views.get(day) ?? 0, applications: applications.get(day) ?? 0 })),
    totalViews: input.totalViews,
    totalApplications: input.totalApplications,
    applyRate: input.totalViews > 0 ? input.totalApplications / input.totalViews : null,
    // An application can predate a republication's publishedAt only through bad data; never negative.
    timeToFirstApplicationMs: first && published ? Math.max(0, first.getTime() - published.getTime()) : null,
  };
}

/** "4.2%", or "—" when there is no rate yet. */
export function percent(rate: number | null): string {
  if (rate === null) return "—";
  return `${(rate * 100).toFixed(rate > 0 && rate < 0.1 ? 1 : 0)}%`;
}

/** "3 hours", "2 days" — the time to the first application, coarse on purpose. */
export function roughDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return "under an hour";
  if (hours < 48) return `${Math.round(hours)} ${Math.round(hours) === 1 ? "hour" : "hours"}`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}
