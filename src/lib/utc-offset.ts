// A candidate's timezone arrives as an IANA name ("Europe/Berlin") or a fixed offset ("UTC+05:30").
// Eligibility works with the offset in force at a given instant, in minutes east of UTC.

const OFFSET = /^(?:UTC|GMT)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** "UTC+05:30", "+5:30", "-8", "GMT-03" -> minutes east of UTC; null when not an offset within ±14:00. */
export function parseUtcOffset(text: string): number | null {
  const trimmed = text.trim();
  if (/^(?:UTC|GMT|Z)$/i.test(trimmed)) return 0;
  const match = OFFSET.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  if (minutes >= 60 || hours * 60 + minutes > 14 * 60) return null;
  const sign = match[1] === "+" ? 1 : -1;
  return sign * (hours * 60 + minutes);
}

/** 330 -> "UTC+05:30", -480 -> "UTC-08:00", 0 -> "UTC+00:00". */
function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The canonical spelling of an IANA zone ("europe/berlin" -> "Europe/Berlin"), or null when unknown. */
function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The offset of an IANA zone at `at` (daylight saving included), in minutes east of UTC. */
export function zoneOffsetAt(timeZone: string, at: Date = new Date()): number {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  // "GMT" alone means offset zero; otherwise "GMT+05:30".
  return part ? (parseUtcOffset(part.value) ?? 0) : 0;
}

/**
 * A timezone as typed or stored: a fixed offset is normalised to "UTC±HH:MM", a zone name to its
 * canonical spelling; null when it is neither.
 */
export function normaliseTimezone(text: string): string | null {
  const offset = parseUtcOffset(text);
  if (offset !== null) return formatUtcOffset(offset);
  return canonicalTimeZone(text.trim());
}

/** Minutes east of UTC for a normalised timezone (see normaliseTimezone) at `at`. */
export function timezoneOffsetMinutes(timezone: string, at: Date = new Date()): number {
  return parseUtcOffset(timezone) ?? zoneOffsetAt(timezone, at);
}
