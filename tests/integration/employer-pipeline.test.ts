import { beforeEach, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { executeAction } from "@/server/action";
import {
  addApplicationNoteDefinition,
  moveApplicantDefinition,
  moveApplicantsDefinition,
  rateApplicationDefinition,
} from "@/server/applications/pipeline-actions";
import { applicantsCsvResponse } from "@/server/applications/export";
import { remindInterviewOutcomes } from "@/server/applications/interview-reminders";
import { getApplicationForCompany } from "@/server/applications/pipeline";
import { listApplicationsForOwnListing, countApplicationsByStage } from "@/server/applications/employer";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { actorFor, createCandidate, createEmployer, createListing, createUser } from "../setup/factories";

// The company's side of the pipeline (issue 10): moving applicants one by one or in bulk (always through
// the application lifecycle), reading one applicant (which marks it viewed once), private notes and the
// 1–5 rating. Another company's member gets "not found" and nothing changes.

beforeEach(resetDatabase);

async function apply(listingId: string, status: ApplicationStatus = "NEW") {
  const candidate = await createCandidate();
  const application = await db.application.create({
    data: { listingId, candidateId: candidate.user.id, coverNote: "I have run payment ledgers for years.", status },
  });
  await db.applicationEvent.create({
    data: { applicationId: application.id, toStatus: "NEW", actorKind: "CANDIDATE", actorId: candidate.user.id },
  });
  return { candidate, application };
}

async function recruiterOf(companyId: string) {
  const user = await createUser("EMPLOYER");
  await db.companyMember.create({ data: { companyId, userId: user.id, role: "RECRUITER" } });
  return actorFor(user, companyId);
}

const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id } })).status;

describe("moving applicants in bulk", () => {
  it("moves the ticked applicants with the message, reports moved and unchanged, and audits each move", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const a = await apply(listing.id);
    const b = await apply(listing.id, "INTERVIEW");
    const c = await apply(listing.id, "REJECTED");

    const outcome = await executeAction(moveApplicantsDefinition, employer.actor, {
      listingId: listing.id,
      applicationIds: [a.application.id, b.application.id, c.application.id],
      to: "REJECTED",
      message: "Thank you; we went with candidates closer to our timezone.",
    });

    expect(outcome).toMatchObject({ ok: true, result: { moved: 2, unchanged: 1 } });
    expect(outcome.state).toMatchObject({ status: "success", message: expect.stringMatching(/Moved 2 applicants; 1 unchanged/) });
    expect(await statusOf(a.application.id)).toBe("REJECTED");
    expect(await statusOf(b.application.id)).toBe("REJECTED");
    expect(await db.auditLog.count({ where: { action: "application.move" } })).toBe(2);
    const notices = await db.emailOutbox.findMany({ where: { kind: "application-status-changed" } });
    expect(notices.map((n) => n.userId).sort()).toEqual([a.candidate.user.id, b.candidate.user.id].sort());
    expect(notices[0]!.data).toMatchObject({ message: "Thank you; we went with candidates closer to our timezone." });
    // The candidate sees the new status on their side: the timeline says who moved it and with what message.
    expect(
      await db.applicationEvent.findFirst({ where: { applicationId: a.application.id, toStatus: "REJECTED" } }),
    ).toMatchObject({
      actorKind: "COMPANY",
      actorId: employer.user.id,
    });
  });

  it("a single ticked box (a string, not an array) works, and a recruiter may move applicants", async () => {
    const employer = await createEmployer();
    const recruiter = await recruiterOf(employer.company.id);
    const listing = await createListing(employer.company.id);
    const a = await apply(listing.id);

    const outcome = await executeAction(moveApplicantsDefinition, recruiter, {
      listingId: listing.id,
      applicationIds: a.application.id,
      to: "REVIEWING",
    });
    expect(outcome).toMatchObject({ ok: true, result: { moved: 1, unchanged: 0 }, state: { message: "Moved 1 applicant." } });
    expect(await statusOf(a.application.id)).toBe("REVIEWING");
  });

  it("another company's member gets not found and nothing changes, even naming their own listing", async () => {
    const owner = await createEmployer();
    const other = await createEmployer();
    const listing = await createListing(owner.company.id);
    const otherListing = await createListing(other.company.id);
    const a = await apply(listing.id);

    for (const listingId of [listing.id, otherListing.id]) {
      const outcome = await executeAction(moveApplicantsDefinition, other.actor, {
        listingId,
        applicationIds: [a.application.id],
        to: "REJECTED",
      });
      expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/not found/i) } });
    }
    expect(await statusOf(a.application.id)).toBe("NEW");
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("when none of the ticked applicants can make the move, it is a conflict and nothing changes", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const withdrawn = await apply(listing.id, "WITHDRAWN");
    const hired = await apply(listing.id, "HIRED");

    const outcome = await executeAction(moveApplicantsDefinition, employer.actor, {
      listingId: listing.id,
      applicationIds: [withdrawn.application.id, hired.application.id],
      to: "INTERVIEW",
    });
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/None of the 2 applicants/) } });
    expect(await statusOf(withdrawn.application.id)).toBe("WITHDRAWN");
    expect(await statusOf(hired.application.id)).toBe("HIRED");
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses an empty selection, an unknown stage and withdrawing on the candidate's behalf, beside the field", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const a = await apply(listing.id);

    const none = await executeAction(moveApplicantsDefinition, employer.actor, { listingId: listing.id, to: "REJECTED" });
    expect(none).toMatchObject({ ok: false, state: { fieldErrors: { applicationIds: ["Tick at least one applicant."] } } });
    for (const to of ["WITHDRAWN", "NEW", "SHORTLIST"]) {
      const outcome = await executeAction(moveApplicantsDefinition, employer.actor, {
        listingId: listing.id,
        applicationIds: [a.application.id],
        to,
      });
      expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { to: [expect.any(String)] } } });
    }
    expect(await statusOf(a.application.id)).toBe("NEW");
  });
});

describe("moving one applicant", () => {
  it("moves it, and a move it cannot make is a clear conflict", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const a = await apply(listing.id);

    const ok = await executeAction(moveApplicantDefinition, employer.actor, { applicationId: a.application.id, to: "INTERVIEW" });
    expect(ok).toMatchObject({ ok: true, result: { from: "NEW", to: "INTERVIEW" } });
    expect(await db.auditLog.count({ where: { action: "application.move", targetId: a.application.id } })).toBe(1);

    const again = await executeAction(moveApplicantDefinition, employer.actor, {
      applicationId: a.application.id,
      to: "INTERVIEW",
    });
    expect(again).toMatchObject({ ok: false, state: { message: expect.stringMatching(/cannot move to that stage/) } });
    expect(await db.auditLog.count()).toBe(1);
  });

  it("another company's member gets not found and nothing changes", async () => {
    const owner = await createEmployer();
    const other = await createEmployer();
    const a = await apply((await createListing(owner.company.id)).id);

    const outcome = await executeAction(moveApplicantDefinition, other.actor, {
      applicationId: a.application.id,
      to: "REJECTED",
    });
    expect(outcome).toMatchObject({ ok: false, state: { message: "Application not found." } });
    expect(await statusOf(a.application.id)).toBe("NEW");
    expect(await db.auditLog.count()).toBe(0);
  });

  it("a member removed from the team since signing in can no longer move anyone", async () => {
    const employer = await createEmployer();
    const recruiter = await recruiterOf(employer.company.id);
    const a = await apply((await createListing(employer.company.id)).id);
    await db.companyMember.deleteMany({ where: { userId: recruiter.id } });

    const outcome = await executeAction(moveApplicantDefinition, recruiter, { applicationId: a.application.id, to: "REJECTED" });
    expect(outcome).toMatchObject({ ok: false });
    expect(await statusOf(a.application.id)).toBe("NEW");
  });
});

describe("the pipeline table", () => {
  it("filters by stage and counts each stage, for the own listing only", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    await apply(listing.id);
    await apply(listing.id);
    const interviewing = await apply(listing.id, "INTERVIEW");

    const only = await listApplicationsForOwnListing(employer.actor, listing.id, "INTERVIEW");
    expect(only?.map((a) => a.id)).toEqual([interviewing.application.id]);
    expect(Object.fromEntries(await countApplicationsByStage(employer.actor, listing.id))).toEqual({ NEW: 2, INTERVIEW: 1 });

    const other = await createEmployer();
    expect(await countApplicationsByStage(other.actor, listing.id)).toEqual(new Map());
  });
});

describe("one applicant's page", () => {
  it("shows the note, verdict, timeline and notes, and marks the application viewed on the first opening only", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id, { worldwide: false, eligibleCountries: ["DE"] });
    const a = await apply(listing.id);
    await db.candidateProfile.update({
      where: { userId: a.candidate.user.id },
      data: { country: "FR", timezone: "Europe/Paris", workAuthorizations: ["FR"] },
    });

    const first = await getApplicationForCompany(employer.actor, a.application.id);
    expect(first).toMatchObject({
      coverNote: "I have run payment ledgers for years.",
      eligibility: { verdict: "not_eligible", country: { verdict: "not_eligible" } },
      events: [expect.objectContaining({ toStatus: "NEW", actorKind: "CANDIDATE" })],
      notes: [],
    });
    expect(first).not.toHaveProperty("candidateId");
    const viewedAt = (await db.application.findUniqueOrThrow({ where: { id: a.application.id } })).viewedAt;
    expect(viewedAt).toBeInstanceOf(Date);

    await getApplicationForCompany(employer.actor, a.application.id);
    expect((await db.application.findUniqueOrThrow({ where: { id: a.application.id } })).viewedAt).toEqual(viewedAt);
  });

  it("is null for another company's member, and opening it does not mark it viewed", async () => {
    const owner = await createEmployer();
    const other = await createEmployer();
    const a = await apply((await createListing(owner.company.id)).id);

    expect(await getApplicationForCompany(other.actor, a.application.id)).toBeNull();
    expect((await db.application.findUniqueOrThrow({ where: { id: a.application.id } })).viewedAt).toBeNull();
  });
});

describe("private notes", () => {
  it("a member adds a note, audited; another company's member gets not found; an empty note is refused", async () => {
    const employer = await createEmployer();
    const recruiter = await recruiterOf(employer.company.id);
    const a = await apply((await createListing(employer.company.id)).id);

    const ok = await executeAction(addApplicationNoteDefinition, recruiter, {
      applicationId: a.application.id,
      body: "Strong on Kafka; ask about on-call.",
    });
    expect(ok).toMatchObject({ ok: true, state: { message: "Note added." } });
    const view = await getApplicationForCompany(employer.actor, a.application.id);
    expect(view?.notes).toEqual([
      expect.objectContaining({ body: "Strong on Kafka; ask about on-call.", author: { name: recruiter.name } }),
    ]);
    expect(await db.auditLog.count({ where: { action: "application.note", targetId: a.application.id } })).toBe(1);

    const other = await createEmployer();
    const foreign = await executeAction(addApplicationNoteDefinition, other.actor, {
      applicationId: a.application.id,
      body: "Mine now.",
    });
    expect(foreign).toMatchObject({ ok: false, state: { message: "Application not found." } });

    const empty = await executeAction(addApplicationNoteDefinition, employer.actor, {
      applicationId: a.application.id,
      body: "   ",
    });
    expect(empty).toMatchObject({ ok: false, state: { fieldErrors: { body: ["Write the note first."] } } });
    expect(await db.applicationNote.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(1);
  });
});

describe("the 1–5 rating", () => {
  it("rates, re-rates and clears with an audit row each; out-of-range and foreign are refused unchanged", async () => {
    const employer = await createEmployer();
    const a = await apply((await createListing(employer.company.id)).id);
    const rating = async () => (await db.application.findUniqueOrThrow({ where: { id: a.application.id } })).rating;

    expect(
      await executeAction(rateApplicationDefinition, employer.actor, { applicationId: a.application.id, rating: "4" }),
    ).toMatchObject({
      ok: true,
      state: { message: "Rated 4 of 5." },
    });
    expect(await rating()).toBe(4);
    await executeAction(rateApplicationDefinition, employer.actor, { applicationId: a.application.id, rating: "" });
    expect(await rating()).toBeNull();
    expect(await db.auditLog.findMany({ where: { action: "application.rate" }, orderBy: { id: "asc" } })).toEqual([
      expect.objectContaining({ metadata: { from: null, to: 4 } }),
      expect.objectContaining({ metadata: { from: 4, to: null } }),
    ]);

    for (const bad of ["0", "6", "3.5", "five"]) {
      const outcome = await executeAction(rateApplicationDefinition, employer.actor, {
        applicationId: a.application.id,
        rating: bad,
      });
      expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { rating: [expect.any(String)] } } });
    }
    const other = await createEmployer();
    expect(
      await executeAction(rateApplicationDefinition, other.actor, { applicationId: a.application.id, rating: "1" }),
    ).toMatchObject({
      ok: false,
      state: { message: "Application not found." },
    });
    expect(await rating()).toBeNull();
    expect(await db.auditLog.count()).toBe(2);
  });

  it("the database itself refuses a rating outside 1–5", async () => {
    const employer = await createEmployer();
    const a = await apply((await createListing(employer.company.id)).id);
    await expect(db.application.update({ where: { id: a.application.id }, data: { rating: 6 } })).rejects.toThrow();
  });
});

/** A strict RFC 4180 reader, written apart from the writer so the test can disagree with it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    }
    if (text[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      rows.push([...row, field]);
      row = [];
      field = "";
      i += 2;
    } else if (i < text.length) {
      if (text[i] === '"' || text[i] === "\n" || text[i] === "\r") throw new Error(`stray ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record not ended by CRLF");
  return rows;
}

describe("the applicants CSV", () => {
  it("downloads privately as an attachment and parses back to exactly the applicants, formulas neutralised", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const hostile = await createUser("CANDIDATE", { name: '=HYPERLINK("http://evil.test","Click")' });
    await db.application.create({
      data: {
        listingId: listing.id,
        candidateId: hostile.id,
        coverNote: 'Line one, with a comma\r\nand "quotes"\n@SUM(A1)',
        rating: 5,
        createdAt: new Date("2026-11-01T10:00:00Z"),
      },
    });
    const plain = await apply(listing.id, "INTERVIEW");
    await db.user.update({ where: { id: plain.candidate.user.id }, data: { name: "Zoë Ångström" } });

    const response = await applicantsCsvResponse(employer.actor, listing.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="applicants-${listing.slug}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8's byte-order mark first, so spreadsheets that guess encodings read the names right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(["Candidate", "Email", "Stage", "Applied (UTC)", "First opened (UTC)", "Rating (1-5)", "Cover note"]);
    expect(rows.slice(1)).toEqual([
      [
        `'=HYPERLINK("http://evil.test","Click")`,
        hostile.email,
        "New",
        "2026-11-01T10:00:00.000Z",
        "",
        "5",
        'Line one, with a comma\r\nand "quotes"\n@SUM(A1)',
      ],
      [
        "Zoë Ångström",
        plain.candidate.user.email,
        "Interview",
        expect.any(String),
        "",
        "",
        "I have run payment ledgers for years.",
      ],
    ]);
  });

  it("is a 404 for another company's member, a recruiter removed from the team, a candidate, nobody and a bad id", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    await apply(listing.id);
    const other = await createEmployer();
    const removed = await recruiterOf(employer.company.id);
    await db.companyMember.deleteMany({ where: { userId: removed.id } });
    const candidate = await createCandidate();

    for (const [actor, id] of [
      [other.actor, listing.id],
      [removed, listing.id],
      [candidate.actor, listing.id],
      [null, listing.id],
      [employer.actor, "not-a-listing"],
      [employer.actor, "clnotalistingnotalisting0"],
    ] as const) {
      const response = await applicantsCsvResponse(actor, id);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("content-disposition")).toBeNull();
    }
  });

  it("a recruiter of the company may download it; a listing without applicants gives just the header", async () => {
    const employer = await createEmployer();
    const recruiter = await recruiterOf(employer.company.id);
    const listing = await createListing(employer.company.id);
    const response = await applicantsCsvResponse(recruiter, listing.id);
    expect(response.status).toBe(200);
    expect(parseCsv(await response.text())).toHaveLength(1);
  });
});

describe("the interview outcome reminder (Ontario's 45 days)", () => {
  const DAY = 24 * 60 * 60 * 1000;

  async function interviewed(listingId: string, daysAgo: number) {
    const { application, candidate } = await apply(listingId, "INTERVIEW");
    await db.applicationEvent.create({
      data: {
        applicationId: application.id,
        fromStatus: "NEW",
        toStatus: "INTERVIEW",
        actorKind: "COMPANY",
        createdAt: new Date(Date.now() - daysAgo * DAY),
      },
    });
    return { application, candidate };
  }

  it("names each applicant in Interview for 35 days to every member, once per interview; links to the applicant", async () => {
    const employer = await createEmployer();
    const recruiter = await recruiterOf(employer.company.id);
    const listing = await createListing(employer.company.id);
    const due = await interviewed(listing.id, 36);
    await interviewed(listing.id, 20); // not yet
    const answered = await interviewed(listing.id, 40);
    await db.application.update({ where: { id: answered.application.id }, data: { status: "OFFER" } });
    const other = await createEmployer();
    await interviewed((await createListing(other.company.id)).id, 10);

    expect(await remindInterviewOutcomes()).toEqual({ reminded: 2 });
    expect(await remindInterviewOutcomes()).toEqual({ reminded: 0 });
    const mails = await db.emailOutbox.findMany({ where: { kind: "interview-outcome-due" } });
    expect(mails.map((m) => m.userId).sort()).toEqual([employer.user.id, recruiter.id].sort());
    expect(mails[0]!.data).toMatchObject({ applicationId: due.application.id, listingTitle: listing.title });

    // Moved back into Interview later: a new round, announced again 35 days after it.
    await db.applicationEvent.create({
      data: { applicationId: due.application.id, fromStatus: "OFFER", toStatus: "INTERVIEW", actorKind: "COMPANY" },
    });
    expect(await remindInterviewOutcomes()).toEqual({ reminded: 0 });
    // 36 days on: the new round and the 20-day one (two members each), and the other company's (one member).
    expect(await remindInterviewOutcomes(new Date(Date.now() + 36 * DAY))).toEqual({ reminded: 2 + 2 + 1 });
  });

  it("says nothing for a suspended company", async () => {
    const employer = await createEmployer();
    await interviewed((await createListing(employer.company.id)).id, 50);
    await db.company.update({ where: { id: employer.company.id }, data: { status: "SUSPENDED" } });
    expect(await remindInterviewOutcomes()).toEqual({ reminded: 0 });
  });
});
