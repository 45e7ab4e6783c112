import { z } from "zod";

// The audit log's filters, read from a URL (the page and its CSV export share them). Each parameter is
// parsed on its own: a bad one is named in a message and left out, the rest still apply, and no input
// becomes an error page.

export const AUDIT_TARGET_TYPES = ["Listing", "Company", "User", "Application", "EmailOutbox"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export type AuditFilters = {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive: the start of the day after the `to` date. */
  toExclusive?: Date;
  /** Keyset: only entries older than this id (the next page). */
  before?: bigint;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const day = z.iso.date("Use a date like 2026-12-01.");

const fields = {
  actor: z.string().trim().toLowerCase().max(320, "An email address is at most 320 characters."),
  action: z
    .string()
    .trim()
    .max(80, "An action is at most 80 characters.")
    .regex(/^[a-z][a-z-]*(\.[a-z][a-z-]*)?$/, "Use an action like listing.approve, or its first part, like listing."),
  targetType: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{1,40}$/, "Choose a target type from the list."),
  targetId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "A target id is letters, digits, - and _ (at most 64)."),
  from: day,
  to: day,
  before: z.string().regex(/^\d{1,18}$/, "That page link is not valid; start from the first page."),
} as const;

type Key = keyof typeof fields;
const LABELS: Record<Key, string> = {
  actor: "Actor",
  action: "Action",
  targetType: "Target type",
  targetId: "Target id",
  from: "From",
  to: "To",
  before: "Page",
};

export type ParsedAuditFilters = {
  filters: AuditFilters;
  /** What was typed, for the form to show again (bad values included). */
  values: Partial<Record<Key, string>>;
  errors: { field: Key; message: string }[];
};

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): ParsedAuditFilters {
  const values: Partial<Record<Key, string>> = {};
  const parsed: Partial<Record<Key, string>> = {};
  const errors: ParsedAuditFilters["errors"] = [];
  for (const key of Object.keys(fields) as Key[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    values[key] = value.slice(0, 400);
    const result = fields[key].safeParse(value);
    if (result.success) parsed[key] = result.data;
    else errors.push({ field: key, message: `${LABELS[key]}: ${result.error.issues[0]?.message ?? "not valid."}` });
  }
  const from = parsed.from ? new Date(`${parsed.from}T00:00:00Z`) : undefined;
  let toExclusive = parsed.to ? new Date(new Date(`${parsed.to}T00:00:00Z`).getTime() + DAY_MS) : undefined;
  if (from && toExclusive && toExclusive <= from) {
    errors.push({ field: "to", message: "To: the end date is before the start date, so it was left out." });
    toExclusive = undefined;
  }
  return {
    filters: {
      actor: parsed.actor,
      action: parsed.action,
      targetType: parsed.targetType,
      targetId: parsed.targetId,
      from,
      toExclusive,
      before: parsed.before ? BigInt(parsed.before) : undefined,
    },
    values,
    errors,
  };
}

/** The query string for filters (the page links and the CSV export), without the page cursor. */
export function auditQueryString(values: Partial<Record<Key, string>>, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...extra })) {
    if (key !== "before" && value) query.set(key, value);
  }
  if (extra.before) query.set("before", extra.before);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Where a listing's, company's or user's admin page links to for its trail. */
export function auditTrailPath(targetType: AuditTargetType, targetId: string): string {
  return `/admin/audit${auditQueryString({ targetType, targetId })}`;
}
