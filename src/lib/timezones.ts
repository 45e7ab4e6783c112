// A listing's working window is stored as UTC minutes after midnight (0..1439); start > end means
// the window crosses midnight UTC. These helpers turn that into text a candidate can read.

export type TimezoneWindow = {
  tzWindowStartUtc: number | null;
  tzWindowEndUtc: number | null;
  tzRequiredOverlapHours: number;
};

/** 420 -> "07:00". */
export function formatUtcMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}

/** "07:00–16:00 UTC", or null when the listing accepts any timezone. */
export function windowText(w: TimezoneWindow): string | null {
  if (w.tzWindowStartUtc === null || w.tzWindowEndUtc === null) return null;
  const crosses = w.tzWindowStartUtc > w.tzWindowEndUtc;
  const range = `${formatUtcMinutes(w.tzWindowStartUtc)}–${formatUtcMinutes(w.tzWindowEndUtc)} UTC`;
  return crosses ? `${range} (crosses midnight)` : range;
}

/** "at least 4 hours of overlap" or null when no overlap is required. */
export function overlapText(w: TimezoneWindow): string | null {
  if (w.tzRequiredOverlapHours <= 0) return null;
  const hours = w.tzRequiredOverlapHours;
  return `at least ${hours} ${hours === 1 ? "hour" : "hours"} of overlap`;
}

/** One line for cards: "07:00–16:00 UTC · 4h overlap" or "Any timezone". */
export function windowSummary(w: TimezoneWindow): string {
  const text = windowText(w);
  if (!text) return "Any timezone";
  return w.tzRequiredOverlapHours > 0 ? `${text} · ${w.tzRequiredOverlapHours}h overlap` : text;
}
