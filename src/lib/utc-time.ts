// Working windows are stored as minutes after midnight UTC; people read and type them as "HH:MM".

const MINUTES_PER_DAY = 24 * 60;
const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/; // <input type="time"> may add seconds

/** "09:30" -> 570; null when the text is not a 24-hour time. */
export function parseUtcTime(text: string): number | null {
  const match = HH_MM.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Length of a window in minutes; a start after the end means it crosses midnight (22:00–02:00 is 240). */
export function windowLength(startMinutes: number, endMinutes: number): number {
  return (endMinutes - startMinutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}
