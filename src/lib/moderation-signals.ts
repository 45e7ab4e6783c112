import { formatUsd } from "@/lib/band-summary";
import type { ReviewSignal } from "@/lib/review-signals";
import { rangeMidpoint } from "@/lib/salary-bands";

// Scam and quality signals for the review queue beyond review-signals.ts (issue 12). Pure, so the rules
// are tested without a database; the queue (src/server/moderation/review.ts) supplies the facts.

/** Contact outside Backplane — a chat handle or a bare mail address — is how most job scams move a candidate off the board. */
const OFF_PLATFORM_CONTACT: { pattern: RegExp; name: string }[] = [
  { pattern: /\bmailto:/i, name: "a mailto link" },
  { pattern: /\btelegram\b|\bt\.me\//i, name: "Telegram" },
  { pattern: /\bwhats\s?app\b|\bwa\.me\//i, name: "WhatsApp" },
  { pattern: /\bsignal\s+(?:me|us|at)\b/i, name: "Signal" },
];

/** Asking candidates for money or identity documents before a hire. */
const PAYMENT_OR_DOCUMENTS: { pattern: RegExp; name: string }[] = [
  { pattern: /\b(?:registration|training|onboarding|application|processing|equipment)\s+fee\b/i, name: "a fee" },
  { pattern: /\b(?:refundable|security|small|initial|upfront)\s+deposit\b|\bdeposit\s+(?:of|fee)\b/i, name: "a deposit" },
  { pattern: /\bgift\s?cards?\b|\bcrypto(?:currency)?\b|\bbitcoin\b|\bUSDT\b/i, name: "gift cards or crypto" },
  { pattern: /\bbank\s+(?:account|card)\s+(?:details|number|information)\b/i, name: "bank details" },
  { pattern: /\bpassport\b|\bID\s+card\b|\bdriver'?s\s+licen[cs]e\b/i, name: "identity documents" },
  { pattern: /\bsocial\s+security\s+number\b|\bSSN\b/i, name: "a social security number" },
];

/** "https://jobs.acme.io/x" → "acme.io"; a bare "acme.io" too. Null for anything that is not a host. */
export function registrableDomain(urlOrHost: string): string | null {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  const parts = host
    .replace(/^www\./, "")
    .split(".")
    .filter(Boolean);
  if (parts.length < 2) return null;
  // Two-part public suffixes common enough to matter (co.uk, com.au…): keep three labels.
  const twoPart = parts.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 2]!);
  return parts.slice(twoPart ? -3 : -2).join(".");
}

export function contentSignals(description: string, companyWebsite: string | null): ReviewSignal[] {
  const signals: ReviewSignal[] = [];
  const companyDomain = companyWebsite ? registrableDomain(companyWebsite) : null;
  if (companyDomain) {
    const foreign = new Set<string>();
    for (const url of description.match(/https?:\/\/[^\s<>()"']+/gi) ?? []) {
      const domain = registrableDomain(url);
      if (domain && domain !== companyDomain) foreign.add(domain);
    }
    if (foreign.size > 0) {
      signals.push({
        kind: "links",
        message: `Links to ${[...foreign].sort().join(", ")}, not the company's own ${companyDomain}.`,
      });
    }
  }
  const contact = OFF_PLATFORM_CONTACT.filter((c) => c.pattern.test(description)).map((c) => c.name);
  if (contact.length > 0) {
    signals.push({ kind: "contact", message: `Asks candidates to make contact through ${contact.join(" or ")}.` });
  }
  const asks = PAYMENT_OR_DOCUMENTS.filter((c) => c.pattern.test(description)).map((c) => c.name);
  if (asks.length > 0) {
    signals.push({
      kind: "payment-request",
      message: `Mentions ${asks.join(", ")}: candidates must never pay or send documents to apply.`,
    });
  }
  return signals;
}

export type BandForSignal = { quantilesUsd: readonly number[]; label: string };

/** Pay whose midpoint is below the band's 5th or above its 95th percentile, with the numbers. */
export function payBandSignal(
  pay: { annualUsdMin: number; annualUsdMax: number },
  band: BandForSignal | null,
): ReviewSignal | null {
  const q = band?.quantilesUsd;
  if (!band || !q || q.length < 101) return null;
  const midpoint = rangeMidpoint(pay);
  const p5 = q[5]!;
  const p95 = q[95]!;
  if (midpoint < p5) {
    return {
      kind: "pay",
      message: `Pay midpoint ${formatUsd(midpoint)} is below the 5th percentile (${formatUsd(p5)}) of ${band.label}.`,
    };
  }
  if (midpoint > p95) {
    return {
      kind: "pay",
      message: `Pay midpoint ${formatUsd(midpoint)} is above the 95th percentile (${formatUsd(p95)}) of ${band.label}.`,
    };
  }
  return null;
}

export type CompanyHistory = { upheldReports: number; openReports: number; suspendedBefore: boolean };

export function historySignals(history: CompanyHistory): ReviewSignal[] {
  const signals: ReviewSignal[] = [];
  if (history.suspendedBefore) signals.push({ kind: "history", message: "This company has been suspended before." });
  if (history.upheldReports > 0 || history.openReports > 0) {
    const parts = [
      history.upheldReports > 0 ? `${history.upheldReports} upheld` : null,
      history.openReports > 0 ? `${history.openReports} open` : null,
    ].filter(Boolean);
    signals.push({ kind: "history", message: `Reports about this company's listings: ${parts.join(", ")}.` });
  }
  return signals;
}

const NEW_ACCOUNT_DAYS = 14;
const DAY_MS = 86_400_000;

/** The account that wrote the listing is new: most throwaway scam accounts post within days of signing up. */
export function accountSignal(author: { createdAt: Date } | null, now: Date): ReviewSignal | null {
  if (!author) return null;
  const days = Math.floor((now.getTime() - author.createdAt.getTime()) / DAY_MS);
  if (days >= NEW_ACCOUNT_DAYS) return null;
  const age = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  return { kind: "new-account", message: `Written by an account created ${age}.` };
}

/** A company that has not proven its website's domain (decision 033); a verified one raises nothing. */
export function verificationSignal(company: { verifiedDomain: string | null }): ReviewSignal | null {
  if (company.verifiedDomain) return null;
  return {
    kind: "unverified",
    message: "Unverified employer: the company has not proven it receives mail at its website's domain.",
  };
}
