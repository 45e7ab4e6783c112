import { beforeEach, describe, expect, it } from "vitest";
import { candidateListingState } from "@/lib/listing-lifecycle";
import { executeAction } from "@/server/action";
import { applyDefinition, editCoverNoteDefinition, withdrawApplicationDefinition } from "@/server/applications/actions";
import { getOwnApplication, listOwnApplications } from "@/server/applications/candidate";
import { listApplicationsForOwnListing } from "@/server/applications/employer";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing } from "../setup/factories";

// The candidate's side of an application after sending it: withdraw (through the lifecycle), rewrite the
// cover note until the company opens it, and see whether the listing is still open.

beforeEach(resetDatabase);

const coverNote = "I split a payments monolith into twelve services over two years.";
const newNote = "Rewritten: I also ran the event backbone behind it for three years.";

async function applied() {
  const employer = await createEmployer();
  const listing = await createListing(employer.company.id);
  const candidate = await createCandidate();
  await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });
  const application = await db.application.findFirstOrThrow({ where: { candidateId: candidate.user.id } });
  return { employer, listing, candidate, application };
}

const row = (id: string) =>
  db.application.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });

describe("withdrawing an application", () => {
  it("moves it to WITHDRAWN with the reason on its timeline; the company sees it withdrawn", async () => {
    const { employer, listing, candidate, application } = await applied();

    const outcome = await executeAction(withdrawApplicationDefinition, candidate.actor, {
      applicationId: application.id,
      reason: "I accepted another offer.",
    });

    expect(outcome.ok).toBe(true);
    const after = await row(application.id);
    expect(after.status).toBe("WITHDRAWN");
    expect(after.withdrawnAt).not.toBeNull();
    expect(after.events.at(-1)).toMatchObject({
      toStatus: "WITHDRAWN",
      actorKind: "CANDIDATE",
      message: "I accepted another offer.",
    });
    expect(await listApplicationsForOwnListing(employer.actor, listing.id)).toMatchObject([
      { id: application.id, status: "WITHDRAWN" },
    ]);
    expect(await db.auditLog.count({ where: { targetId: application.id, action: "application.move" } })).toBe(1);
  });

  it("works without a reason", async () => {
    const { candidate, application } = await applied();
    const outcome = await executeAction(withdrawApplicationDefinition, candidate.actor, {
      applicationId: application.id,
      reason: "",
    });
    expect(outcome.ok).toBe(true);
    expect((await row(application.id)).events.at(-1)).toMatchObject({ toStatus: "WITHDRAWN", message: null });
  });

  it("a second withdrawal is a conflict and changes nothing", async () => {
    const { candidate, application } = await applied();
    await executeAction(withdrawApplicationDefinition, candidate.actor, { applicationId: application.id });
    const before = await row(application.id);

    const again = await executeAction(withdrawApplicationDefinition, candidate.actor, { applicationId: application.id });

    expect(again).toMatchObject({ ok: false, state: { message: "This application can no longer be withdrawn." } });
    expect(await row(application.id)).toEqual(before);
  });

  it("another candidate's application is not found and unchanged", async () => {
    const { application } = await applied();
    const other = await createCandidate();
    const before = await row(application.id);

    const outcome = await executeAction(withdrawApplicationDefinition, other.actor, { applicationId: application.id });

    expect(outcome).toMatchObject({ ok: false, state: { message: "Application not found." } });
    expect(await row(application.id)).toEqual(before);
  });

  it("employers, admins and anonymous visitors are refused", async () => {
    const { employer, application } = await applied();
    const before = await row(application.id);
    for (const actor of [employer.actor, (await createAdmin()).actor, null]) {
      const outcome = await executeAction(withdrawApplicationDefinition, actor, { applicationId: application.id });
      expect(outcome.ok).toBe(false);
    }
    expect(await row(application.id)).toEqual(before);
  });

  it("bad input is refused beside its field", async () => {
    const { candidate, application } = await applied();
    const before = await row(application.id);
    const tooLong = await executeAction(withdrawApplicationDefinition, candidate.actor, {
      applicationId: application.id,
      reason: "x".repeat(1001),
    });
    const badId = await executeAction(withdrawApplicationDefinition, candidate.actor, { applicationId: "../1" });
    expect(tooLong.state).toMatchObject({ status: "error", fieldErrors: { reason: [expect.any(String)] } });
    expect(badId.state).toMatchObject({ status: "error", fieldErrors: { applicationId: [expect.any(String)] } });
    expect(await row(application.id)).toEqual(before);
  });
});

describe("editing the cover note", () => {
  it("rewrites it while the company has not opened the application", async () => {
    const { candidate, application } = await applied();
    const outcome = await executeAction(editCoverNoteDefinition, candidate.actor, {
      applicationId: application.id,
      coverNote: newNote,
    });
    expect(outcome.ok).toBe(true);
    expect((await row(application.id)).coverNote).toBe(newNote);
  });

  it("is a conflict once a company member opened it, and the note stays", async () => {
    const { candidate, application } = await applied();
    await db.application.update({ where: { id: application.id }, data: { viewedAt: new Date() } });

    const outcome = await executeAction(editCoverNoteDefinition, candidate.actor, {
      applicationId: application.id,
      coverNote: newNote,
    });

    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringContaining("already opened") } });
    expect((await row(application.id)).coverNote).toBe(coverNote);
  });

  it("is a conflict after withdrawing", async () => {
    const { candidate, application } = await applied();
    await executeAction(withdrawApplicationDefinition, candidate.actor, { applicationId: application.id });
    const outcome = await executeAction(editCoverNoteDefinition, candidate.actor, {
      applicationId: application.id,
      coverNote: newNote,
    });
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringContaining("withdrew") } });
    expect((await row(application.id)).coverNote).toBe(coverNote);
  });

  it("another candidate's application is not found and unchanged", async () => {
    const { application } = await applied();
    const other = await createCandidate();
    const outcome = await executeAction(editCoverNoteDefinition, other.actor, {
      applicationId: application.id,
      coverNote: newNote,
    });
    expect(outcome).toMatchObject({ ok: false, state: { message: "Application not found." } });
    expect((await row(application.id)).coverNote).toBe(coverNote);
  });

  it("employers, admins and anonymous visitors are refused", async () => {
    const { employer, application } = await applied();
    for (const actor of [employer.actor, (await createAdmin()).actor, null]) {
      const outcome = await executeAction(editCoverNoteDefinition, actor, { applicationId: application.id, coverNote: newNote });
      expect(outcome.ok).toBe(false);
    }
    expect((await row(application.id)).coverNote).toBe(coverNote);
  });

  it("a note too short is refused beside the field", async () => {
    const { candidate, application } = await applied();
    const outcome = await executeAction(editCoverNoteDefinition, candidate.actor, {
      applicationId: application.id,
      coverNote: "Too short",
    });
    expect(outcome.state).toMatchObject({ status: "error", fieldErrors: { coverNote: [expect.any(String)] } });
    expect((await row(application.id)).coverNote).toBe(coverNote);
  });
});

describe("the listing's current state", () => {
  it("is open, closed or expired as the listing moves on", async () => {
    const { listing, candidate, application } = await applied();
    const state = async () => candidateListingState((await getOwnApplication(candidate.actor, application.id))!.listing);

    expect(await state()).toBe("open");
    await db.listing.update({ where: { id: listing.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await state()).toBe("expired");
    await db.listing.update({ where: { id: listing.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(await state()).toBe("closed");
    expect((await listOwnApplications(candidate.actor))[0]!.listing).toMatchObject({ status: "CLOSED" });
  });
});
