import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ApplicationEventActor, ApplicationStatus } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudits, type AuditActor } from "@/server/audit/record";
import { type Tx } from "@/server/db";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// The one owner of an application's status, like the listing lifecycle (decision 010) for listings.
// A move is a conditional update — the allowed from-states in the `where`, with the caller's scope
// (ownership) — that writes the application's timeline (ApplicationEvent) and the audit log in the same
// transaction. Who may make which move is part of the table: companies move applicants through the
// pipeline, candidates withdraw. A company's move tells the candidate by mail (with the company's message),
// written in the same transaction so a move and its notice cannot part.

/** Stages an application is still in play. */
export const ACTIVE_STATUSES = ["NEW", "REVIEWING", "INTERVIEW", "OFFER"] as const satisfies readonly ApplicationStatus[];

type MoveRule = { from: readonly ApplicationStatus[]; by: ApplicationEventActor };

const others = (status: ApplicationStatus) => ACTIVE_STATUSES.filter((s) => s !== status);

/** Per target status: which statuses it may be reached from, and by whom. */
export const APPLICATION_MOVES = {
  // Reconsidering a rejection puts it back under review.
  REVIEWING: { from: [...others("REVIEWING"), "REJECTED"], by: "COMPANY" },
  INTERVIEW: { from: others("INTERVIEW"), by: "COMPANY" },
  OFFER: { from: others("OFFER"), by: "COMPANY" },
  HIRED: { from: others("NEW"), by: "COMPANY" },
  REJECTED: { from: ACTIVE_STATUSES, by: "COMPANY" },
  WITHDRAWN: { from: ACTIVE_STATUSES, by: "CANDIDATE" },
} as const satisfies Partial<Record<ApplicationStatus, MoveRule>>;

export type MoveTarget = keyof typeof APPLICATION_MOVES;

export type ApplicationMove = {
  applicationIds: string[];
  to: MoveTarget;
  actor: AuditActor;
  /** Ownership: `{ listing: { companyId } }` for a company member, `{ candidateId }` for a candidate. */
  scope: Prisma.ApplicationWhereInput;
  /** A message to the candidate (company moves) or the reason for withdrawing (candidate). */
  message?: string | null;
};

export type MoveResult = {
  moved: { id: string; from: ApplicationStatus; to: ApplicationStatus; candidateId: string; listingId: string }[];
  /** In scope but not in a state this move starts from (already there, withdrawn, …). */
  unchanged: string[];
};

/**
 * Moves applications in the caller's transaction or its own. Applications outside the scope are ignored,
 * exactly like ids that do not exist. A caller passing its own transaction runs it with `withMail` so the
 * notices leave after the commit.
 */
export async function moveApplications(move: ApplicationMove, tx?: Tx): Promise<MoveResult> {
  if (!tx) return withMail((own) => moveApplications(move, own));
  const rule: MoveRule = APPLICATION_MOVES[move.to];
  const now = new Date();
  const inScope = await tx.application.findMany({
    where: { AND: [{ id: { in: move.applicationIds } }, move.scope] },
    select: {
      id: true,
      status: true,
      candidateId: true,
      listingId: true,
      listing: { select: { title: true, company: { select: { name: true } } } },
    },
  });
  const movable = inScope.filter((a) => rule.from.includes(a.status));
  if (movable.length === 0) return { moved: [], unchanged: inScope.map((a) => a.id) };
  // The status is in the `where` again: a concurrent move of the same application makes this one a no-op.
  const updated = await tx.application.updateManyAndReturn({
    where: { OR: movable.map((a) => ({ id: a.id, status: a.status })) },
    data: {
      status: move.to,
      ...(move.to === "WITHDRAWN" ? { withdrawnAt: now } : {}),
    },
    select: { id: true },
  });
  const updatedIds = new Set(updated.map((a) => a.id));
  const moved = movable.filter((a) => updatedIds.has(a.id));
  if (rule.by === "COMPANY" && moved.length > 0) {
    await tx.application.updateMany({
      where: { id: { in: moved.map((a) => a.id) }, respondedAt: null },
      data: { respondedAt: now },
    });
  }
  const events = await tx.applicationEvent.createManyAndReturn({
    select: { id: true, applicationId: true },
    data: moved.map((a) => ({
      applicationId: a.id,
      fromStatus: a.status,
      toStatus: move.to,
      actorKind: rule.by,
      actorId: move.actor.id,
      message: move.message ?? null,
      createdAt: now,
    })),
  });
  if (rule.by === "COMPANY") {
    const eventOf = new Map(events.map((e) => [e.applicationId, e.id]));
    for (const a of moved) {
      await enqueueEmail(tx, {
        kind: "application-status-changed",
        to: { userId: a.candidateId },
        data: {
          applicationId: a.id,
          listingTitle: a.listing.title,
          companyName: a.listing.company.name,
          status: move.to as Exclude<MoveTarget, "WITHDRAWN">,
          ...(move.message ? { message: move.message } : {}),
        },
        // One notice per timeline entry: moving back and forth is news each time; a replay moves nothing.
        dedupeKey: `application-status-changed:${eventOf.get(a.id)}`,
      });
    }
  }
  await recordAudits(
    tx,
    move.actor,
    moved.map((a) => ({
      action: "application.move",
      targetType: "Application",
      targetId: a.id,
      metadata: { from: a.status, to: move.to },
    })),
  );
  return {
    moved: moved.map((a) => ({ id: a.id, from: a.status, to: move.to, candidateId: a.candidateId, listingId: a.listingId })),
    unchanged: inScope.filter((a) => !updatedIds.has(a.id)).map((a) => a.id),
  };
}

/** One application: "not found" outside the scope, a conflict when it cannot make this move. */
export async function moveApplication(move: Omit<ApplicationMove, "applicationIds"> & { applicationId: string }, tx?: Tx) {
  const result = await moveApplications({ ...move, applicationIds: [move.applicationId] }, tx);
  const [moved] = result.moved;
  if (moved) return moved;
  if (result.unchanged.length === 0) throw new NotFoundError("Application not found.");
  throw new ConflictError(
    move.to === "WITHDRAWN"
      ? "This application can no longer be withdrawn."
      : "This application cannot move to that stage from where it is now.",
  );
}

/** The first entry of a new application's timeline, in the transaction that creates it. */
export async function recordApplicationSent(tx: Tx, application: { id: string; candidateId: string }, at = new Date()) {
  await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      fromStatus: null,
      toStatus: "NEW",
      actorKind: "CANDIDATE",
      actorId: application.candidateId,
      createdAt: at,
    },
  });
}
