import { beforeEach, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { APPLICATION_MOVES, moveApplication, moveApplications, type MoveTarget } from "@/server/applications/lifecycle";
import { executeAction } from "@/server/action";
import { applyDefinition } from "@/server/applications/actions";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createCandidate, createEmployer, createListing } from "../setup/factories";

// Applications change status only through the application lifecycle: each move is allowed from the
// states its table names, by the side it names, within the caller's scope; it writes the timeline and the
// audit log with it. Table-driven over APPLICATION_MOVES, so a new move is tested on arrival.

beforeEach(resetDatabase);

const ALL: ApplicationStatus[] = ["NEW", "REVIEWING", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"];
const TARGETS = Object.keys(APPLICATION_MOVES) as MoveTarget[];

async function applicationIn(status: ApplicationStatus) {
  const employer = await createEmployer();
  const candidate = await createCandidate();
  const listing = await createListing(employer.company.id);
  const application = await db.application.create({
    data: { listingId: listing.id, candidateId: candidate.user.id, coverNote: "I would like to design your ledger.", status },
  });
  return { employer, candidate, listing, application };
}

function sideOf(to: MoveTarget, setup: Awaited<ReturnType<typeof applicationIn>>) {
  return APPLICATION_MOVES[to].by === "COMPANY"
    ? { actor: setup.employer.actor, scope: { listing: { companyId: setup.employer.company.id } } }
    : { actor: setup.candidate.actor, scope: { candidateId: setup.candidate.user.id } };
}

describe.each(TARGETS)("moving an application to %s", (to) => {
  const rule = APPLICATION_MOVES[to];

  it.each(rule.from.map((from) => [from]))("works from %s, with a timeline entry and an audit row", async (from) => {
    const setup = await applicationIn(from);
    const side = sideOf(to, setup);

    const moved = await moveApplication({ applicationId: setup.application.id, to, ...side, message: "Thanks for applying." });

    expect(moved).toMatchObject({ id: setup.application.id, from, to });
    const stored = await db.application.findUniqueOrThrow({ where: { id: setup.application.id } });
    expect(stored.status).toBe(to);
    expect(stored.respondedAt !== null).toBe(rule.by === "COMPANY");
    expect(stored.withdrawnAt !== null).toBe(to === "WITHDRAWN");
    expect(await db.applicationEvent.findMany({ where: { applicationId: setup.application.id } })).toEqual([
      expect.objectContaining({
        fromStatus: from,
        toStatus: to,
        actorKind: rule.by,
        actorId: side.actor.id,
        message: "Thanks for applying.",
      }),
    ]);
    expect(await db.auditLog.count({ where: { targetId: setup.application.id, action: "application.move" } })).toBe(1);
    // A company's move tells the candidate, with its message; the candidate's own withdrawal does not.
    const notices = await db.emailOutbox.findMany({ where: { kind: "application-status-changed" } });
    if (rule.by === "COMPANY") {
      expect(notices).toEqual([
        expect.objectContaining({
          userId: setup.candidate.user.id,
          data: expect.objectContaining({ applicationId: setup.application.id, status: to, message: "Thanks for applying." }),
        }),
      ]);
    } else {
      expect(notices).toEqual([]);
    }
  });

  const refused = ALL.filter((s) => !(rule.from as readonly ApplicationStatus[]).includes(s));
  it.each(refused.map((s) => [s]))("is refused from %s as a conflict, changing nothing", async (from) => {
    const setup = await applicationIn(from);

    await expect(moveApplication({ applicationId: setup.application.id, to, ...sideOf(to, setup) })).rejects.toBeInstanceOf(
      ConflictError,
    );

    expect((await db.application.findUniqueOrThrow({ where: { id: setup.application.id } })).status).toBe(from);
    expect(await db.applicationEvent.count({ where: { applicationId: setup.application.id } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("answers 'not found' to another company or another candidate, changing nothing", async () => {
    const setup = await applicationIn(rule.from[0]);
    const stranger = rule.by === "COMPANY" ? await createEmployer() : null;
    const otherCandidate = await createCandidate();
    const wrongSide =
      rule.by === "COMPANY"
        ? { actor: stranger!.actor, scope: { listing: { companyId: stranger!.company.id } } }
        : { actor: otherCandidate.actor, scope: { candidateId: otherCandidate.user.id } };

    await expect(moveApplication({ applicationId: setup.application.id, to, ...wrongSide })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    expect((await db.application.findUniqueOrThrow({ where: { id: setup.application.id } })).status).toBe(rule.from[0]);
  });
});

describe("the application lifecycle", () => {
  it("moves many at once, skipping those that cannot make the move and ignoring those out of scope", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const make = async (status: ApplicationStatus) =>
      db.application.create({
        data: { listingId: listing.id, candidateId: (await createCandidate()).user.id, coverNote: "A note long enough.", status },
      });
    const [fresh, interviewing, withdrawn] = [await make("NEW"), await make("INTERVIEW"), await make("WITHDRAWN")];
    const elsewhere = await applicationIn("NEW");

    const result = await moveApplications({
      applicationIds: [fresh.id, interviewing.id, withdrawn.id, elsewhere.application.id],
      to: "REJECTED",
      actor: employer.actor,
      scope: { listing: { companyId: employer.company.id } },
      message: "We went with someone closer to our timezone.",
    });

    expect(result.moved.map((m) => m.id).sort()).toEqual([fresh.id, interviewing.id].sort());
    expect(result.unchanged).toEqual([withdrawn.id]);
    expect((await db.application.findUniqueOrThrow({ where: { id: elsewhere.application.id } })).status).toBe("NEW");
  });

  it("tells the candidate once per move: back and forth is a notice each time, a replayed move none", async () => {
    const setup = await applicationIn("NEW");
    const side = sideOf("REVIEWING", setup);
    await moveApplication({ applicationId: setup.application.id, to: "INTERVIEW", ...side });
    await moveApplication({ applicationId: setup.application.id, to: "REVIEWING", ...side });
    await moveApplication({ applicationId: setup.application.id, to: "INTERVIEW", ...side });
    await expect(moveApplication({ applicationId: setup.application.id, to: "INTERVIEW", ...side })).rejects.toBeInstanceOf(
      ConflictError,
    );

    const notices = await db.emailOutbox.findMany({
      where: { kind: "application-status-changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(notices.map((n) => (n.data as { status: string }).status)).toEqual(["INTERVIEW", "REVIEWING", "INTERVIEW"]);
    expect(new Set(notices.map((n) => n.dedupeKey)).size).toBe(3);
  });

  it("keeps the first response time when an application moves again", async () => {
    const setup = await applicationIn("NEW");
    const side = sideOf("REVIEWING", setup);
    await moveApplication({ applicationId: setup.application.id, to: "REVIEWING", ...side });
    const first = (await db.application.findUniqueOrThrow({ where: { id: setup.application.id } })).respondedAt;

    await moveApplication({ applicationId: setup.application.id, to: "INTERVIEW", ...side });

    expect((await db.application.findUniqueOrThrow({ where: { id: setup.application.id } })).respondedAt).toEqual(first);
  });

  it("starts a new application's timeline when the candidate applies, once however often they submit", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    const input = { listingId: listing.id, coverNote: "Six years of event-sourced ledgers; I would love to talk." };

    await Promise.all([
      executeAction(applyDefinition, candidate.actor, input),
      executeAction(applyDefinition, candidate.actor, input),
    ]);

    const application = await db.application.findUniqueOrThrow({
      where: { listingId_candidateId: { listingId: listing.id, candidateId: candidate.user.id } },
      include: { events: true },
    });
    expect(application.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "NEW", actorKind: "CANDIDATE" })]);
  });
});
