import { beforeEach, describe, expect, it } from "vitest";
import { listingCardView } from "@/lib/listing-card-view";
import { executeAction } from "@/server/action";
import { LISTINGS_TAG } from "@/server/cache/tags";
import {
  confirmVerificationDefinition,
  requestVerificationDefinition,
  updateCompanyDefinition,
} from "@/server/companies/actions";
import { findPublicCompany } from "@/server/companies/public";
import { inspectCompanyVerification, VERIFICATION_MAILS_PER_HOUR } from "@/server/companies/verification";
import { db } from "@/server/db";
import { findPublishedListing } from "@/server/listings/public";
import { deliverDueMail } from "@/server/mail/deliver";
import { listReviewQueue } from "@/server/moderation/review";
import { resetDatabase } from "../setup/db";
import { actorFor, createAdmin, createEmployer, createListing, createUser } from "../setup/factories";
import { linksIn, mailSink } from "../setup/mail";

// Verified employers (issue 12, decision 033): an owner gets a link at an address on the website's domain;
// a member of that company follows it and confirms; the badge shows wherever the company does, and a
// website on another domain drops it.

beforeEach(async () => {
  await resetDatabase();
  mailSink().clear();
});

const HOUR = 60 * 60 * 1000;

async function employerWithSite(website: string | null = "https://www.ledgerline.example/about") {
  const employer = await createEmployer();
  await db.company.update({ where: { id: employer.company.id }, data: { website } });
  return employer;
}

async function request(actor: Parameters<typeof executeAction>[1], address: string) {
  return executeAction(requestVerificationDefinition, actor, { address });
}

/** The token of the last verification mail delivered to `address`. */
async function tokenSentTo(address: string): Promise<string> {
  await deliverDueMail();
  const mails = mailSink().to(address);
  const link = linksIn(mails.at(-1)?.text).find((l) => l.includes("/employer/company/verify/"));
  if (!link) throw new Error(`No verification link was delivered to ${address}.`);
  return decodeURIComponent(link.split("/").at(-1)!);
}

const verification = (companyId: string) =>
  db.company.findUniqueOrThrow({ where: { id: companyId }, select: { verifiedDomain: true, verifiedAt: true } });

describe("asking for a verification link", () => {
  it("sends a link to the local part at the website's registrable domain, stores only the hash, audits the domain", async () => {
    const owner = await employerWithSite();
    const outcome = await request(owner.actor, "Jobs");
    expect(outcome).toMatchObject({ ok: true });
    const token = await tokenSentTo("jobs@ledgerline.example");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.companyVerification.findMany();
    expect(row).toMatchObject({ email: "jobs@ledgerline.example", domain: "ledgerline.example", usedAt: null });
    expect(row!.tokenHash).not.toContain(token);
    expect(JSON.stringify(await db.emailOutbox.findMany())).not.toContain(token);
    expect(await db.auditLog.findMany({ where: { targetId: owner.company.id } })).toMatchObject([
      { action: "company.verification-request", actorId: owner.user.id, metadata: { domain: "ledgerline.example" } },
    ]);
    // Nothing is verified by asking.
    expect(await verification(owner.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
  });

  it("takes a whole address on the domain or a subdomain of it", async () => {
    const owner = await employerWithSite();
    expect(await request(owner.actor, "hr@mail.ledgerline.example")).toMatchObject({ ok: true });
    expect((await db.companyVerification.findFirstOrThrow()).email).toBe("hr@mail.ledgerline.example");
  });

  it("refuses an address on another domain, a look-alike domain, a free-mail website, no website, and junk — beside the field, no mail", async () => {
    const owner = await employerWithSite();
    for (const address of [
      "jobs@gmail.com",
      "jobs@ledgerline.example.evil.test",
      "jobs@notledgerline.example",
      "a b",
      "x\u0000y",
      "@",
      "a".repeat(254),
    ]) {
      const outcome = await request(owner.actor, address);
      expect(outcome.ok, address).toBe(false);
    }
    const gmail = await employerWithSite("https://gmail.com");
    expect(await request(gmail.actor, "jobs")).toMatchObject({
      ok: false,
      state: { fieldErrors: { address: [expect.stringContaining("public mail provider")] } },
    });
    const none = await employerWithSite(null);
    expect(await request(none.actor, "jobs")).toMatchObject({
      ok: false,
      state: { fieldErrors: { address: [expect.stringContaining("website")] } },
    });
    expect(await db.companyVerification.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("is for owners: a recruiter, a candidate and a visitor are refused and nothing is written", async () => {
    const owner = await employerWithSite();
    const recruiter = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: owner.company.id, userId: recruiter.id, role: "RECRUITER" } });
    expect((await request(actorFor(recruiter, owner.company.id), "jobs")).ok).toBe(false);
    expect((await request(null, "jobs")).ok).toBe(false);
    const candidate = await createUser("CANDIDATE");
    expect((await request(actorFor(candidate), "jobs")).ok).toBe(false);
    expect(await db.companyVerification.count()).toBe(0);
  });

  it(`sends at most ${VERIFICATION_MAILS_PER_HOUR} links an hour per company, and only the newest one works`, async () => {
    const owner = await employerWithSite();
    for (let i = 0; i < VERIFICATION_MAILS_PER_HOUR; i++) expect((await request(owner.actor, `jobs${i}`)).ok).toBe(true);
    expect(await request(owner.actor, "jobs")).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("last hour") },
    });
    const rows = await db.companyVerification.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.usedAt === null)).toEqual([false, false, true]);
  });
});

describe("following the link", () => {
  it("a member of the company confirms once: verified, audited, caches expire; the same link again is refused", async () => {
    const owner = await employerWithSite();
    await request(owner.actor, "jobs");
    const token = await tokenSentTo("jobs@ledgerline.example");
    expect(await inspectCompanyVerification(owner.actor, token)).toMatchObject({ status: "valid", domain: "ledgerline.example" });

    const outcome = await executeAction(confirmVerificationDefinition, owner.actor, { token });
    expect(outcome).toMatchObject({ ok: true, tags: [LISTINGS_TAG], redirectTo: "/employer/company?verified=1" });
    expect(await verification(owner.company.id)).toMatchObject({
      verifiedDomain: "ledgerline.example",
      verifiedAt: expect.any(Date),
    });
    expect(
      (await db.auditLog.findMany({ where: { targetId: owner.company.id }, orderBy: { id: "asc" } })).map((a) => a.action),
    ).toEqual(["company.verification-request", "company.verify"]);

    // Reuse: refused, nothing changes.
    const before = await db.auditLog.count();
    expect(await executeAction(confirmVerificationDefinition, owner.actor, { token })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("already used") },
    });
    expect(await db.auditLog.count()).toBe(before);
    expect(await inspectCompanyVerification(owner.actor, token)).toMatchObject({ status: "used" });
  });

  it("two confirmations at once verify once", async () => {
    const owner = await employerWithSite();
    await request(owner.actor, "jobs");
    const token = await tokenSentTo("jobs@ledgerline.example");
    const outcomes = await Promise.all([
      executeAction(confirmVerificationDefinition, owner.actor, { token }),
      executeAction(confirmVerificationDefinition, owner.actor, { token }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "company.verify" } })).toBe(1);
  });

  it("an expired link is refused and verifies nothing", async () => {
    const owner = await employerWithSite();
    await request(owner.actor, "jobs");
    const token = await tokenSentTo("jobs@ledgerline.example");
    await db.companyVerification.updateMany({ data: { expiresAt: new Date(Date.now() - HOUR) } });
    expect(await inspectCompanyVerification(owner.actor, token)).toMatchObject({ status: "expired" });
    expect(await executeAction(confirmVerificationDefinition, owner.actor, { token })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("expired") },
    });
    expect(await verification(owner.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
  });

  it("another company's member gets 'not valid' and the link stays usable for the company's own team", async () => {
    const owner = await employerWithSite();
    await request(owner.actor, "jobs");
    const token = await tokenSentTo("jobs@ledgerline.example");
    const stranger = await employerWithSite("https://other.example");
    expect(await inspectCompanyVerification(stranger.actor, token)).toEqual({ status: "invalid" });
    expect(await executeAction(confirmVerificationDefinition, stranger.actor, { token })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("not valid") },
    });
    expect(await verification(stranger.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
    expect(await verification(owner.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
    expect((await db.companyVerification.findFirstOrThrow()).usedAt).toBeNull();
    // A recruiter of the company itself may confirm.
    const recruiter = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: owner.company.id, userId: recruiter.id, role: "RECRUITER" } });
    expect((await executeAction(confirmVerificationDefinition, actorFor(recruiter, owner.company.id), { token })).ok).toBe(true);
  });

  it("a made-up or malformed token is 'not valid'", async () => {
    const owner = await employerWithSite();
    for (const token of ["A".repeat(43), "short", "x".repeat(5000), "a\u0000b"]) {
      const outcome = await executeAction(confirmVerificationDefinition, owner.actor, { token });
      expect(outcome.ok, token.slice(0, 10)).toBe(false);
    }
  });

  it("a link for a domain the website has since left (a domain mismatch) is refused", async () => {
    const owner = await employerWithSite();
    await request(owner.actor, "jobs");
    const token = await tokenSentTo("jobs@ledgerline.example");
    // Behind the form's back (the form would also retire the link): the website now names another domain.
    await db.company.update({ where: { id: owner.company.id }, data: { website: "https://elsewhere.example" } });
    expect(await inspectCompanyVerification(owner.actor, token)).toMatchObject({ status: "stale" });
    expect(await executeAction(confirmVerificationDefinition, owner.actor, { token })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("website changed") },
    });
    expect(await verification(owner.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
  });
});

async function verifiedEmployer() {
  const owner = await employerWithSite();
  await request(owner.actor, "jobs");
  const token = await tokenSentTo("jobs@ledgerline.example");
  expect((await executeAction(confirmVerificationDefinition, owner.actor, { token })).ok).toBe(true);
  return owner;
}

const profile = (website: string) => ({ name: "Ledgerline", website, techStack: [] });

describe("changing the website", () => {
  it("to another page on the same domain keeps the badge", async () => {
    const owner = await verifiedEmployer();
    expect((await executeAction(updateCompanyDefinition, owner.actor, profile("https://careers.ledgerline.example/"))).ok).toBe(
      true,
    );
    expect((await verification(owner.company.id)).verifiedDomain).toBe("ledgerline.example");
  });

  it("to another domain drops the badge, audited, and says so", async () => {
    const owner = await verifiedEmployer();
    const outcome = await executeAction(updateCompanyDefinition, owner.actor, profile("https://newname.example"));
    expect(outcome).toMatchObject({ ok: true, state: { message: expect.stringContaining("no longer verified") } });
    expect(await verification(owner.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
    expect(await db.auditLog.findFirst({ where: { action: "company.unverify", targetId: owner.company.id } })).toMatchObject({
      reason: "The website moved to another domain.",
      metadata: { domain: "ledgerline.example" },
    });
  });

  it("a link asked for before the website moved cannot verify afterwards", async () => {
    const owner = await employerWithSite();
    await request(owner.actor, "jobs");
    const token = await tokenSentTo("jobs@ledgerline.example");
    await executeAction(updateCompanyDefinition, owner.actor, profile("https://newname.example"));
    expect((await executeAction(confirmVerificationDefinition, owner.actor, { token })).ok).toBe(false);
    expect(await verification(owner.company.id)).toEqual({ verifiedDomain: null, verifiedAt: null });
  });
});

describe("the badge", () => {
  it("shows on the company page, the listing page and the listing's card, and not for an unverified company", async () => {
    const owner = await verifiedEmployer();
    const listing = await createListing(owner.company.id);
    const other = await createEmployer();
    const plain = await createListing(other.company.id);

    expect((await findPublicCompany(owner.company.slug))!.verifiedDomain).toBe("ledgerline.example");
    expect((await findPublicCompany(other.company.slug))!.verifiedDomain).toBeNull();
    expect((await findPublishedListing(listing.slug))!.company.verifiedDomain).toBe("ledgerline.example");
    expect((await findPublishedListing(plain.slug))!.company.verifiedDomain).toBeNull();
    const company = (await findPublicCompany(owner.company.slug))!;
    const card = listingCardView(company.listings[0]!, new Map(), new Date());
    expect(card.verified).toBe(true);
    const plainCard = listingCardView((await findPublicCompany(other.company.slug))!.listings[0]!, new Map(), new Date());
    expect(plainCard.verified).toBe(false);
  });

  it("the review queue flags an unverified employer and shows a verified one", async () => {
    const owner = await verifiedEmployer();
    const other = await createEmployer();
    const verifiedPending = await createListing(owner.company.id, { status: "PENDING_REVIEW", submittedAt: new Date() });
    const plainPending = await createListing(other.company.id, { status: "PENDING_REVIEW", submittedAt: new Date() });
    const queue = await listReviewQueue((await createAdmin()).actor);
    const of = (id: string) => queue.find((l) => l.id === id)!;
    expect(of(verifiedPending.id).company.verifiedDomain).toBe("ledgerline.example");
    expect(of(verifiedPending.id).signals.map((s) => s.kind)).not.toContain("unverified");
    expect(of(plainPending.id).company.verifiedDomain).toBeNull();
    expect(of(plainPending.id).signals.map((s) => s.kind)).toContain("unverified");
  });
});
