import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "accent" | "info" | "success" | "warning" | "danger" | "outline";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-ink",
  accent: "bg-accent-soft text-accent-soft-ink",
  info: "bg-accent-soft text-accent-soft-ink",
  success: "bg-success-soft text-success-ink",
  warning: "bg-warning-soft text-warning-ink",
  danger: "bg-danger-soft text-danger-text",
  outline: "border border-line-strong text-ink-muted",
};

export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return <span className={cn("badge", tones[tone], className)}>{children}</span>;
}

/** A seniority level ("Staff engineer / architect"). */
export function LevelBadge({ children }: { children: ReactNode }) {
  return <Badge tone="accent">{children}</Badge>;
}

/** A pay range, already formatted. */
export function PayBadge({ children }: { children: ReactNode }) {
  return <Badge tone="success">{children}</Badge>;
}

/**
 * A company that proved it receives mail at its website's domain (decision 033). The mark keeps it readable
 * without colour; the domain, when given, says what was proven.
 */
export function VerifiedBadge({ domain, className }: { domain?: string | null; className?: string }) {
  return (
    <Badge tone="info" className={className}>
      <span aria-hidden="true">✓</span>
      {domain ? `Verified employer · ${domain}` : "Verified employer"}
    </Badge>
  );
}

export type EligibilityVerdict = "eligible" | "check" | "not_eligible";

const verdicts: Record<EligibilityVerdict, { tone: BadgeTone; label: string; mark: string }> = {
  eligible: { tone: "success", label: "Eligible", mark: "✓" },
  check: { tone: "warning", label: "Check eligibility", mark: "?" },
  not_eligible: { tone: "danger", label: "Not eligible", mark: "✕" },
};

/** The verdict for the signed-in candidate; the mark keeps it readable without colour. */
export function EligibilityBadge({ verdict, children }: { verdict: EligibilityVerdict; children?: ReactNode }) {
  const v = verdicts[verdict];
  return (
    <Badge tone={v.tone}>
      <span aria-hidden="true">{v.mark}</span>
      {children ?? v.label}
    </Badge>
  );
}

export type ListingStatusKey = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CLOSED" | "EXPIRED";

const statuses: Record<ListingStatusKey, { tone: BadgeTone; label: string }> = {
  DRAFT: { tone: "neutral", label: "Draft" },
  PENDING_REVIEW: { tone: "warning", label: "Pending review" },
  PUBLISHED: { tone: "success", label: "Published" },
  REJECTED: { tone: "danger", label: "Rejected" },
  CLOSED: { tone: "outline", label: "Closed" },
  EXPIRED: { tone: "outline", label: "Expired" },
};

export function ListingStatusBadge({ status }: { status: ListingStatusKey }) {
  const s = statuses[status];
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
