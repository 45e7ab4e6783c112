import type { ApplicationStatus } from "@/generated/prisma/enums";

// How a company answers applicants, against ghost jobs (issue 10): the share of applications with a first
// response within 14 days and the median time to it, over applications received in the last 90 days. Pure:
// the server passes the rows and `now`.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const RESPONSE_WINDOW_DAYS = 14;
export const LOOKBACK_DAYS = 90;
/** Below this many counted applications the figures say too little, so candidates are not shown them. */
export const PUBLIC_MINIMUM = 10;

export type ApplicationTiming = { createdAt: Date; respondedAt: Date | null; status: ApplicationStatus };

export type Responsiveness = {
  /** Applications the figures count (see `countsToward`). */
  counted: number;
  /** Share (0–1) of counted applications answered within 14 days; null when none are counted. */
  respondedWithin14Days: number | null;
  /** Median hours from application to first response, over those answered; null when none are. */
  medianResponseHours: number | null;
  /** Whether candidates may see the figures: enough applications to mean something. */
  public: boolean;
};

/**
 * Whether an application counts: received in the last 90 days, and decided — answered, or past its 14 days
 * without an answer. An unanswered one still inside its 14 days may yet be answered in time, and one the
 * candidate withdrew before any answer was never the company's to answer.
 */
function countsToward(a: ApplicationTiming, now: Date): boolean {
  const age = now.getTime() - a.createdAt.getTime();
  if (age < 0 || age > LOOKBACK_DAYS * DAY_MS) return false;
  if (a.respondedAt) return true;
  if (a.status === "WITHDRAWN") return false;
  return age > RESPONSE_WINDOW_DAYS * DAY_MS;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summariseResponsiveness(applications: readonly ApplicationTiming[], now: Date): Responsiveness {
  const counted = applications.filter((a) => countsToward(a, now));
  const answered = counted.filter((a): a is ApplicationTiming & { respondedAt: Date } => a.respondedAt !== null);
  const waits = answered.map((a) => Math.max(0, a.respondedAt.getTime() - a.createdAt.getTime()));
  const inTime = waits.filter((w) => w <= RESPONSE_WINDOW_DAYS * DAY_MS).length;
  const medianWait = median(waits);
  return {
    counted: counted.length,
    respondedWithin14Days: counted.length > 0 ? inTime / counted.length : null,
    medianResponseHours: medianWait === null ? null : medianWait / HOUR_MS,
    public: counted.length >= PUBLIC_MINIMUM,
  };
}

/** "under an hour", "5 hours", "3 days" — a median wait as people say it. */
export function formatResponseTime(hours: number): string {
  if (hours < 1) return "under an hour";
  if (hours < 48) {
    const h = Math.round(hours);
    return `${h} hour${h === 1 ? "" : "s"}`;
  }
  return `${Math.round(hours / 24)} days`;
}
