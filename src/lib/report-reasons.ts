// The reasons a listing can be reported for, shared by the form (client) and the schema (server).

/** Every reason a visitor can report a listing for, in the order the form lists them. */
export const REPORT_REASONS = [
  "SCAM",
  "NOT_REMOTE",
  "NO_REAL_PAY",
  "DISCRIMINATORY",
  "DUPLICATE",
  "FILLED_OR_EXPIRED",
  "OTHER",
] as const;

export type ReportReasonKey = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReasonKey, string> = {
  SCAM: "Scam or fraud",
  NOT_REMOTE: "Not actually remote",
  NO_REAL_PAY: "Pay is misleading",
  DISCRIMINATORY: "Discriminatory",
  DUPLICATE: "Duplicate of another listing",
  FILLED_OR_EXPIRED: "Already filled or expired",
  OTHER: "Something else",
};
