import "server-only";
import { randomBytes } from "node:crypto";
import { verifiableDomain, verificationAddress } from "@/lib/company-domain";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { registrableDomain } from "@/lib/moderation-signals";
import { hashToken } from "@/server/accounts/email-tokens";
import { recordAudit, type AuditActor } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { ownerMembership } from "@/server/companies/membership";
import { db, type Tx } from "@/server/db";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// Verified employers (docs/decisions/033-verified-employers.md). An owner asks for a link at an address on
// the company website's registrable domain; following it, signed in as a member of that company, marks the
// domain verified. Like every mailed link, only the token's SHA-256 is stored, it works once (a conditional
// update) and for a day. The badge lasts while the website stays on the verified domain.

export const VERIFICATION_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Links a company may be sent per hour: enough to fix a typo, too few to use the mail against a stranger. */
export const VERIFICATION_MAILS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

export type VerificationStatus = { verifiedDomain: string | null; verifiedAt: Date | null };

/** Sends a verification link; the address is built from what the owner typed and the website's domain. */
export async function requestCompanyVerification(actor: Actor, input: { address: string }, now = new Date()) {
  const { companyId } = await ownerMembership(actor);
  return withMail(async (tx) => {
    const company = await tx.company.findUnique({
      where: { id: companyId },
      select: { id: true, name: true, status: true, website: true, verifiedDomain: true },
    });
    if (!company) throw new NotFoundError("Company not found.");
    if (company.status !== "ACTIVE") {
      throw new ConflictError("Your company account is suspended, so it cannot be verified. Contact Backplane support.");
    }
    const allowed = verifiableDomain(company.website);
    if ("problem" in allowed) throw new ValidationError(allowed.problem, { address: [allowed.problem] });
    if (company.verifiedDomain === allowed.domain) throw new ConflictError(`${allowed.domain} is already verified.`);
    const address = verificationAddress(input.address, allowed.domain);
    if ("problem" in address) throw new ValidationError(address.problem, { address: [address.problem] });

    const recent = await tx.companyVerification.count({
      where: { companyId, createdAt: { gte: new Date(now.getTime() - HOUR_MS) } },
    });
    if (recent >= VERIFICATION_MAILS_PER_HOUR) {
      throw new ConflictError(
        `${VERIFICATION_MAILS_PER_HOUR} links were sent in the last hour. Wait a while before asking again.`,
      );
    }
    // Only the newest link works: a link sent to a mistyped address must not stay usable.
    await retireLinks(tx, companyId, now);
    const token = randomBytes(32).toString("base64url");
    const row = await tx.companyVerification.create({
      data: {
        companyId,
        requestedById: actor.id,
        email: address.email,
        domain: allowed.domain,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + VERIFICATION_LIFETIME_MS),
        createdAt: now,
      },
      select: { id: true },
    });
    const dedupeKey = `company-verification:${row.id}`;
    await enqueueEmail(tx, {
      kind: "company-verification",
      to: { address: address.email },
      data: { companyName: company.name, requesterName: actor.name, domain: allowed.domain, token },
      dedupeKey,
    });
    // The company's address has no account: tie the message to the requester (deleting them removes it).
    await tx.emailOutbox.updateMany({ where: { dedupeKey }, data: { userId: actor.id } });
    // The domain only: audit rows outlive accounts, addresses must not (decision 029).
    await recordAudit(tx, actor, {
      action: "company.verification-request",
      targetType: "Company",
      targetId: companyId,
      metadata: { domain: allowed.domain },
    });
    return { email: address.email, domain: allowed.domain };
  });
}

export type LinkState =
  | { status: "valid"; companyName: string; domain: string; email: string }
  | { status: "used" | "expired" | "stale"; companyName: string; domain: string }
  | { status: "invalid" };

type LinkRow = {
  companyId: string;
  domain: string;
  email: string;
  usedAt: Date | null;
  expiresAt: Date;
  company: { name: string; slug: string; status: string; website: string | null };
};

/** The link's row, only for a member of its company: to anyone else it does not exist. */
async function linkFor(tx: Tx, actor: Actor, token: string): Promise<LinkRow | null> {
  const row = await tx.companyVerification.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      companyId: true,
      domain: true,
      email: true,
      usedAt: true,
      expiresAt: true,
      company: { select: { name: true, slug: true, status: true, website: true } },
    },
  });
  if (!row) return null;
  const member = await tx.companyMember.findUnique({
    where: { companyId_userId: { companyId: row.companyId, userId: actor.id } },
    select: { userId: true },
  });
  return member ? row : null;
}

function stateOf(row: LinkRow | null, now: Date): LinkState {
  if (!row || row.company.status !== "ACTIVE") return { status: "invalid" };
  const about = { companyName: row.company.name, domain: row.domain };
  if (row.usedAt) return { status: "used", ...about };
  if (row.expiresAt <= now) return { status: "expired", ...about };
  // The website moved to another domain after the link was sent: the link vouches for the old one.
  if (registrableDomain(row.company.website ?? "") !== row.domain) return { status: "stale", ...about };
  return { status: "valid", ...about, email: row.email };
}

/** What the link's page shows before the member confirms (nothing is used by looking). */
export async function inspectCompanyVerification(actor: Actor, token: string, now = new Date()): Promise<LinkState> {
  return stateOf(await db.$transaction((tx) => linkFor(tx, actor, token)), now);
}

const REFUSALS = {
  used: "This link was already used. Ask for a new one from your company profile if the domain is not verified.",
  expired: "This link has expired. Ask for a new one from your company profile.",
  stale: "Your company's website changed since this link was sent. Ask for a new one from your company profile.",
} as const;

/** Follows the link: exactly one caller verifies; a stranger to the company learns nothing. */
export async function confirmCompanyVerification(actor: Actor, token: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const row = await linkFor(tx, actor, token);
    const state = stateOf(row, now);
    if (state.status === "invalid" || !row) throw new NotFoundError("This link is not valid. Ask for a new one.");
    if (state.status !== "valid") throw new ConflictError(REFUSALS[state.status]);
    const used = await tx.companyVerification.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count === 0) throw new ConflictError(REFUSALS.used);
    // Conditional on the website read above: a change of website at the same moment wins.
    const verified = await tx.company.updateMany({
      where: { id: row.companyId, status: "ACTIVE", website: row.company.website },
      data: { verifiedDomain: row.domain, verifiedAt: now },
    });
    if (verified.count === 0) throw new ConflictError(REFUSALS.stale);
    await retireLinks(tx, row.companyId, now);
    await recordAudit(tx, actor, {
      action: "company.verify",
      targetType: "Company",
      targetId: row.companyId,
      metadata: { domain: row.domain },
    });
    return { slug: row.company.slug, domain: row.domain, companyName: row.company.name };
  });
}

/**
 * The website was saved as `website`: if it is no longer on the verified domain, the badge goes (and
 * unused links with it), audited. Called inside the profile's transaction.
 */
export async function dropStaleVerification(
  tx: Tx,
  actor: AuditActor,
  company: { id: string; verifiedDomain: string | null },
  website: string | null,
  now = new Date(),
): Promise<boolean> {
  await retireLinksNotFor(tx, company.id, website, now);
  if (!company.verifiedDomain || registrableDomain(website ?? "") === company.verifiedDomain) return false;
  await tx.company.update({ where: { id: company.id }, data: { verifiedDomain: null, verifiedAt: null } });
  await recordAudit(tx, actor, {
    action: "company.unverify",
    targetType: "Company",
    targetId: company.id,
    reason: "The website moved to another domain.",
    metadata: { domain: company.verifiedDomain },
  });
  return true;
}

async function retireLinks(tx: Tx, companyId: string, now: Date) {
  await tx.companyVerification.updateMany({ where: { companyId, usedAt: null }, data: { usedAt: now } });
}

async function retireLinksNotFor(tx: Tx, companyId: string, website: string | null, now: Date) {
  const domain = registrableDomain(website ?? "");
  await tx.companyVerification.updateMany({
    where: { companyId, usedAt: null, ...(domain ? { domain: { not: domain } } : {}) },
    data: { usedAt: now },
  });
}
