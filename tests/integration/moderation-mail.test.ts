import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { deliverDueMail } from "@/server/mail/deliver";
import { savePreferencesDefinition } from "@/server/mail/actions";
import { reportListingDefinition, resolveReportsDefinition } from "@/server/reports/actions";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing, createUser } from "../setup/factories";
import { linksIn, mailSink, outboxOf } from "../setup/mail";

// The employer hears when a moderator takes a live listing down after a report (issue 12): sent back to
// review with what to fix, or unpublished with the reason. Delivered through the outbox to the SMTP sink.

beforeEach(async () => {
  await resetDatabase();
  mailSink().clear();
});

const note = "The description asks candidates to pay a registration fee; remove that sentence.";

async function reportedListing() {
  const employer = await createEmployer();
  const recruiter = await createUser("EMPLOYER");
  await db.companyMember.create({ data: { companyId: employer.company.id, userId: recruiter.id, role: "RECRUITER" } });
  const listing = await createListing(employer.company.id);
  const candidate = await createCandidate();
  const filed = await executeAction(reportListingDefinition, candidate.actor, { listingId: listing.id, reason: "SCAM" });
  expect(filed.ok).toBe(true);
  return { employer, recruiter, listing, candidate };
}

describe("mail to the employer about a moderator's decision on a report", () => {
  it("returning to review mails every team member the moderator's note and a link to the listing", async () => {
    const { employer, recruiter, listing } = await reportedListing();
    const admin = await createAdmin();
    const outcome = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: listing.id,
      resolution: "return-to-review",
      note,
    });
    expect(outcome.ok).toBe(true);
    await deliverDueMail();
    for (const email of [employer.user.email, recruiter.email]) {
      const [mail, ...rest] = mailSink().to(email);
      expect(rest).toHaveLength(0);
      expect(mail!.subject).toBe(`Changes needed: ${listing.title}`);
      expect(mail!.text).toContain(note);
      expect(mail!.text).toContain("sent it back to review");
      expect(linksIn(mail!.text).some((l) => l.endsWith(`/employer/listings/${listing.id}`))).toBe(true);
    }
  });

  it("unpublishing mails the reason", async () => {
    const { employer, listing } = await reportedListing();
    const admin = await createAdmin();
    await executeAction(resolveReportsDefinition, admin.actor, { listingId: listing.id, resolution: "unpublish", note });
    await deliverDueMail();
    const [mail] = mailSink().to(employer.user.email);
    expect(mail!.subject).toBe(`Removed: ${listing.title}`);
    expect(mail!.text).toContain(note);
  });

  it("a dismissal, or a decision refused because the listing moved on, mails the employer nothing", async () => {
    const { employer, listing } = await reportedListing();
    const admin = await createAdmin();
    await executeAction(resolveReportsDefinition, admin.actor, { listingId: listing.id, resolution: "dismiss" });
    const second = await reportedListing();
    await db.listing.update({
      where: { id: second.listing.id },
      data: { status: "CLOSED", closedAt: new Date(), closedReason: "NO_LONGER_HIRING" },
    });
    const refused = await executeAction(resolveReportsDefinition, admin.actor, {
      listingId: second.listing.id,
      resolution: "unpublish",
      note,
    });
    expect(refused.ok).toBe(false);
    expect(await outboxOf("listing-moderated")).toHaveLength(0);
    await deliverDueMail();
    expect(mailSink().to(employer.user.email)).toHaveLength(0);
  });

  it("a member who turned this mail off does not get it; the others still do", async () => {
    const { employer, recruiter, listing } = await reportedListing();
    expect((await executeAction(savePreferencesDefinition, employer.actor, { "listing-moderated": "OFF" })).ok).toBe(true);
    const admin = await createAdmin();
    await executeAction(resolveReportsDefinition, admin.actor, { listingId: listing.id, resolution: "unpublish", note });
    await deliverDueMail();
    expect(mailSink().to(employer.user.email)).toHaveLength(0);
    expect(mailSink().to(recruiter.email)).toHaveLength(1);
  });
});
