// Dates and counts as people read them. Pure: `now` is a parameter so tests and pages agree.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar-agnostic days between two instants (never negative). */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / DAY_MS));
}

/** "today", "yesterday", "3 days ago", "5 weeks ago", "over a year ago". */
export function relativeDays(date: Date, now: Date = new Date()): string {
  const days = daysBetween(date, now);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  if (days < 365) return `${Math.floor(days / 30)} months ago`;
  return "over a year ago";
}

/** "posted 3 days ago" / "confirmed today". */
export function agoPhrase(verb: string, date: Date, now: Date = new Date()): string {
  return `${verb} ${relativeDays(date, now)}`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "28 Nov 2026" (UTC, so server and client render the same text). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** The machine-readable value for <time dateTime>. */
export function isoDate(date: Date): string {
  return date.toISOString();
}

/** "1 listing" / "3 listings". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "Go, Kafka and PostgreSQL". */
export function listText(items: readonly string[]): string {
  return new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(items);
}
