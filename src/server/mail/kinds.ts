import { z } from "zod";
import type { NotificationFrequency, UserRole } from "@/generated/prisma/enums";

// Every kind of mail Backplane sends, with what the outbox, the preferences page and the unsubscribe
// link need to know about it. Templates (subject and body) live in templates.tsx, keyed by the same
// names, so a kind without a template does not compile. See docs/decisions/020-email-outbox.md.
//
// Categories:
// - security: about the account itself (verification, sign-up attempts, password, invitations). Always
//   sent, no unsubscribe link; the law and common sense both allow this.
// - transactional: about something the recipient did or owns (an application, a listing). The recipient
//   may turn each kind off; every message carries a one-click unsubscribe (RFC 8058).
// - bulk: periodic round-ups (digests, alerts, summaries). Same as transactional, and marked as bulk.

export type MailCategory = "security" | "transactional" | "bulk";

const id = z.string().min(1).max(64);
const text = z.string().max(500);
const name = z.string().max(120);

type KindDefinition = {
  category: MailCategory;
  /** Shown on the preferences page. */
  label: string;
  description: string;
  /** Roles that receive it (and see it on the preferences page). */
  audience: readonly UserRole[];
  /** The frequencies a user may choose, the first being the default. Security mail has none. */
  choices?: readonly NotificationFrequency[];
  /** For digest messages: the kind whose preference governs them (and whose link unsubscribes). */
  preferenceOf?: string;
  data: z.ZodType;
  /** Data fields that hold a usable secret (a one-time token): removed once the message is sent. */
  secrets?: readonly string[];
};

export const MAIL_KINDS = {
  "verify-email": {
    category: "security",
    label: "Email address confirmation",
    description: "The link that confirms your address.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ name, token: z.string().min(20) }),
    secrets: ["token"],
  },
  "signup-attempt": {
    category: "security",
    label: "Sign-up with your address",
    description: "Someone tried to create an account with your address.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ name, verified: z.boolean() }),
  },
  "password-reset": {
    category: "security",
    label: "Password reset",
    description: "The link that sets a new password.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ name, token: z.string().min(20) }),
    secrets: ["token"],
  },
  "password-changed": {
    category: "security",
    label: "Password changed",
    description: "A notice that your password was changed.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ name }),
  },
  "email-change": {
    category: "security",
    label: "New address confirmation",
    description: "The link that moves your account to a new address.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ name, token: z.string().min(20) }),
    secrets: ["token"],
  },
  "email-changed": {
    category: "security",
    label: "Address changed",
    description: "A notice to your old address that the account moved to a new one.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ name, newEmail: z.string().max(254) }),
  },
  "team-invitation": {
    category: "security",
    label: "Team invitation",
    description: "An invitation to join a company's team.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ companyName: name, inviterName: name, role: z.enum(["OWNER", "RECRUITER"]), token: z.string().min(20) }),
    secrets: ["token"],
  },
  "company-verification": {
    category: "security",
    label: "Company domain verification",
    description: "The link that proves your company receives mail at its website's domain.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    data: z.object({ companyName: name, requesterName: name, domain: z.string().max(253), token: z.string().min(20) }),
    secrets: ["token"],
  },
  "application-received": {
    category: "transactional",
    label: "Application sent",
    description: "A confirmation each time you apply.",
    audience: ["CANDIDATE"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ applicationId: id, listingTitle: text, companyName: name }),
  },
  "application-status-changed": {
    category: "transactional",
    label: "Application status",
    description: "When an employer moves your application, with their message.",
    audience: ["CANDIDATE"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({
      applicationId: id,
      listingTitle: text,
      companyName: name,
      status: z.enum(["REVIEWING", "INTERVIEW", "OFFER", "HIRED", "REJECTED"]),
      message: z.string().max(5000).optional(),
    }),
  },
  "listing-closed": {
    category: "transactional",
    label: "Role closed",
    description: "When a role you applied to stops taking applications.",
    audience: ["CANDIDATE"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ applicationId: id, listingTitle: text, companyName: name }),
  },
  "saved-search-alert": {
    category: "bulk",
    label: "Saved-search alerts",
    description: "New roles matching a search you saved.",
    audience: ["CANDIDATE"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({
      searchName: name,
      searchPath: z.string().startsWith("/").max(2000),
      listings: z
        .array(z.object({ title: text, companyName: name, slug: z.string().max(200), pay: z.string().max(100) }))
        .min(1)
        .max(50),
    }),
  },
  "new-application": {
    category: "transactional",
    label: "New applications",
    description: "When a candidate applies to one of your company's roles: at once, or one message a day.",
    audience: ["EMPLOYER"],
    choices: ["IMMEDIATE", "DAILY", "OFF"],
    data: z.object({ applicationId: id, listingId: id, listingTitle: text, candidateName: name }),
  },
  "new-application-digest": {
    category: "bulk",
    label: "New applications (daily)",
    description: "The day's applications in one message.",
    audience: ["EMPLOYER"],
    preferenceOf: "new-application",
    data: z.object({
      items: z.array(z.object({ applicationId: id, listingId: id, listingTitle: text, candidateName: name })).min(1),
    }),
  },
  "listing-approved": {
    category: "transactional",
    label: "Role approved",
    description: "When a moderator publishes one of your roles.",
    audience: ["EMPLOYER"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ listingId: id, listingTitle: text, listingSlug: z.string().max(200) }),
  },
  "listing-rejected": {
    category: "transactional",
    label: "Role sent back",
    description: "When a moderator sends one of your roles back, with the reason.",
    audience: ["EMPLOYER"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ listingId: id, listingTitle: text, reason: z.string().max(2000) }),
  },
  "listing-moderated": {
    category: "transactional",
    label: "Role taken down by a moderator",
    description: "When a moderator takes a live role off the board after a report, with their note.",
    audience: ["EMPLOYER"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({
      listingId: id,
      listingTitle: text,
      action: z.enum(["returned-to-review", "unpublished"]),
      note: z.string().max(2000),
    }),
  },
  "listing-expiring": {
    category: "transactional",
    label: "Role about to expire",
    description: "Three days before a role expires, with a one-click link to keep it open.",
    audience: ["EMPLOYER"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ listingId: id, listingTitle: text, expiresAt: z.iso.datetime(), confirmToken: z.string().min(20) }),
  },
  "interview-outcome-due": {
    category: "transactional",
    label: "Interview outcomes due",
    description: "When an interviewed applicant has waited 35 days for an outcome (Ontario requires one within 45).",
    audience: ["EMPLOYER"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ applicationId: id, listingTitle: text, candidateName: name, interviewedAt: z.iso.datetime() }),
  },
  "report-outcome": {
    category: "transactional",
    label: "Report outcomes",
    description: "What moderators decided about a listing you reported.",
    audience: ["CANDIDATE", "EMPLOYER", "ADMIN"],
    choices: ["IMMEDIATE", "OFF"],
    data: z.object({ listingTitle: text, outcome: z.enum(["RESOLVED", "DISMISSED"]), note: z.string().max(2000).optional() }),
  },
  "admin-daily-summary": {
    category: "bulk",
    label: "Daily moderation summary",
    description: "Each morning: listings waiting for review, the oldest one, and open reports.",
    audience: ["ADMIN"],
    choices: ["DAILY", "OFF"],
    data: z.object({
      pendingCount: z.number().int().min(0),
      oldestPending: z.object({ title: text, submittedAt: z.iso.datetime() }).nullable(),
      openReports: z.number().int().min(0),
    }),
  },
} as const satisfies Record<string, KindDefinition>;

export type MailKind = keyof typeof MAIL_KINDS;
export type MailData<K extends MailKind> = z.infer<(typeof MAIL_KINDS)[K]["data"]>;

export const MAIL_KIND_NAMES = Object.keys(MAIL_KINDS) as MailKind[];

export function mailKind(kind: MailKind): KindDefinition {
  return MAIL_KINDS[kind];
}

export function isMailKind(value: string): value is MailKind {
  return Object.hasOwn(MAIL_KINDS, value);
}

/** The kind whose preference decides whether this kind is sent (itself, or the kind a digest gathers). */
export function preferenceKind(kind: MailKind): MailKind {
  const definition = mailKind(kind);
  return (definition.preferenceOf as MailKind | undefined) ?? kind;
}

/** Kinds a user of this role may choose frequencies for, in registry order. */
export function configurableKinds(role: UserRole): MailKind[] {
  return MAIL_KIND_NAMES.filter((kind) => {
    const definition = mailKind(kind);
    return definition.choices !== undefined && definition.audience.includes(role);
  });
}

/** The digest kind that gathers a kind's daily items (the one whose preferenceOf names it), if any. */
export function digestKindFor(kind: string): MailKind | null {
  return MAIL_KIND_NAMES.find((candidate) => (mailKind(candidate).preferenceOf as string | undefined) === kind) ?? null;
}
