import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { confirmStillOpenDefinition } from "@/server/listings/actions";
import { remindExpiringListings, stillOpenToken } from "@/server/listings/expiry-reminders";
import { describeStillOpenLink } from "@/server/listings/still-open";
import { deliverDueMail } from "@/server/mail/deliver";
import { approveListing, rejectListing } from "@/server/moderation/review";
import { resetDatabase } from "../setup/db";
import { createAdmin, createEmployer, createListing, createUser } from "../setup/factories";
import { linksIn, mailSink, outboxOf } from "../setup/mail";

// Employers hear about their listings: approval, rejection with the reason, and an expiry reminder whose
// signed link keeps exactly that listing open, without signing in.

beforeEach(async () => {
  await resetDatabase();
  mailSink().clear();
});

const DAY = 24 * 60 * 60 * 1000;

describe("review decisions", () => {
  it("an approval mails the company's team, written with the move", async () => {
    const employer = await createEmployer();
    const pending = await createListing(employer.company.id, { status: "PENDING_REVIEW" });
    await approveListing((await createAdmin()).actor, pending.id);
    await deliverDueMail();
    const [mail] = mailSink().to(employer.user.email);
    expect(mail!.subject).toBe(`Published: ${pending.title}`);
    expect(linksIn(mail!.text).some((l) => l.endsWith(`/jobs/${pending.slug}`))).toBe(true);
  });

  it("a rejection mails the reason; a refused decision writes no mail", async () => {
    const employer = await createEmployer();
    const pending = await createListing(employer.company.id, { status: "PENDING_REVIEW" });
    const { actor } = await createAdmin();
    await rejectListing(actor, pending.id, "Add the top of the pay range, please.");
    await expect(rejectListing(actor, pending.id, "Twice.")).rejects.toThrow();
    await deliverDueMail();
    const mails = mailSink().to(employer.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("> Add the top of the pay range, please.");
  });
});

describe("the expiry reminder", () => {
  it("reminds each team member once, three days ahead, with a link that confirms that listing only", async () => {
    const employer = await createEmployer();
    const soon = await createListing(employer.company.id, { expiresAt: new Date(Date.now() + 2 * DAY) });
    const later = await createListing(employer.company.id, { expiresAt: new Date(Date.now() + 10 * DAY) });

    expect(await remindExpiringListings()).toEqual({ reminded: 1 });
    expect(await remindExpiringListings()).toEqual({ reminded: 0 });
    await deliverDueMail();
    const [mail] = mailSink().to(employer.user.email);
    expect(mail!.subject).toMatch(new RegExp(`^${soon.title} expires on `));
    const link = linksIn(mail!.text).find((l) => l.includes("/still-open/"))!;
    const token = link.split("/still-open/")[1]!;

    // Signed out: the link alone confirms.
    const confirmed = await executeAction(confirmStillOpenDefinition, null, { token });
    expect(confirmed.ok).toBe(true);
    const after = await db.listing.findUniqueOrThrow({ where: { id: soon.id } });
    expect(after.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(after.confirmedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await db.auditLog.count({ where: { action: "listing.confirm", targetId: soon.id, actorId: employer.user.id } })).toBe(
      1,
    );
    expect((await db.listing.findUniqueOrThrow({ where: { id: later.id } })).expiresAt).toEqual(later.expiresAt);

    // The same link again: already done, nothing moves.
    expect(await describeStillOpenLink(token)).toMatchObject({ state: "already confirmed" });
    const again = await executeAction(confirmStillOpenDefinition, null, { token });
    expect(again).toMatchObject({ ok: false, state: { message: expect.stringContaining("already confirmed") } });
    expect((await db.listing.findUniqueOrThrow({ where: { id: soon.id } })).expiresAt).toEqual(after.expiresAt);
  });

  it("a link cannot confirm another listing, a listing that ended, or after its member left the team", async () => {
    const employer = await createEmployer();
    const other = await createEmployer();
    const mine = await createListing(employer.company.id, { expiresAt: new Date(Date.now() + 2 * DAY) });
    const theirs = await createListing(other.company.id, { expiresAt: new Date(Date.now() + 2 * DAY) });
    const ended = await createListing(employer.company.id, { status: "EXPIRED", expiresAt: new Date(Date.now() - DAY) });

    const attempts = [
      stillOpenToken(theirs.id, employer.user.id, theirs.expiresAt!), // not their company
      stillOpenToken(ended.id, employer.user.id, ended.expiresAt!),
      stillOpenToken(mine.id, employer.user.id, mine.expiresAt!).replace(/.$/, (c) => (c === "A" ? "B" : "A")), // tampered
    ];
    for (const token of attempts) expect((await executeAction(confirmStillOpenDefinition, null, { token })).ok).toBe(false);

    const leaver = await createUser("EMPLOYER");
    const membership = await db.companyMember.create({
      data: { companyId: employer.company.id, userId: leaver.id, role: "RECRUITER" },
    });
    const leaversLink = stillOpenToken(mine.id, leaver.id, mine.expiresAt!);
    await db.companyMember.delete({ where: { id: membership.id } });
    expect((await executeAction(confirmStillOpenDefinition, null, { token: leaversLink })).ok).toBe(false);

    for (const listing of [mine, theirs, ended]) {
      expect((await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).expiresAt).toEqual(listing.expiresAt);
    }
    expect(await outboxOf("listing-expiring")).toHaveLength(0);
  });
});
