import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListingCloseReason, ListingStatus } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { expiryFrom } from "@/lib/listing-lifecycle";
import { recordAudit, recordAudits, type AuditActor } from "@/server/audit/record";
import { db, type Tx } from "@/server/db";
import { duplicateCheckEffect, LIVE_SET_EFFECTS, runListingEffects, type ListingEffect } from "@/server/listings/effects";
import { enqueueEmail, kickMailDelivery, type EmailRequest, type EnqueueOutcome } from "@/server/mail/enqueue";
import type { MailKind } from "@/server/mail/kinds";
import { recordPublishedVersion } from "@/server/listings/versions";

// The one owner of a listing's status (docs/decisions/010-listing-lifecycle.md). Every move is a
// conditional update — the from-states are in the `where`, so a stale or repeated request changes
// nothing and says so — audited in the same transaction, and followed, once committed, by the shared
// after-effects whenever it touches the live set. Those effects are not declared per transition: any
// move from or to PUBLISHED gets them, so a new transition cannot forget them.

type Details = { reason?: string | null; actorId: string | null; closeReason?: ListingCloseReason };

type TransitionRule = {
  from: readonly ListingStatus[];
  to: ListingStatus;
  /** The audit log's verb. */
  audit: string;
  /** Columns the move sets besides the status. */
  stamp: (now: Date, details: Details) => Prisma.ListingUpdateManyMutationInput;
  /** Shown when the listing exists (for this actor) but is not in a from-state. */
  conflict: string;
};

export const TRANSITIONS = {
  submit: {
    from: ["DRAFT", "REJECTED"],
    to: "PENDING_REVIEW",
    audit: "listing.submit",
    stamp: (now) => ({ submittedAt: now, rejectionReason: null }),
    conflict: "Only a draft or a rejected listing can be submitted for review.",
  },
  approve: {
    from: ["PENDING_REVIEW"],
    to: "PUBLISHED",
    audit: "listing.approve",
    stamp: (now, { actorId }) => ({
      publishedAt: now,
      confirmedAt: now,
      expiresAt: expiryFrom(now),
      reviewedAt: now,
      reviewedById: actorId,
      rejectionReason: null,
    }),
    conflict: "This listing is no longer waiting for review; someone may have decided already.",
  },
  reject: {
    from: ["PENDING_REVIEW"],
    to: "REJECTED",
    audit: "listing.reject",
    stamp: (now, { actorId, reason }) => ({ rejectionReason: reason ?? null, reviewedAt: now, reviewedById: actorId }),
    conflict: "This listing is no longer waiting for review; someone may have decided already.",
  },
  expire: {
    from: ["PUBLISHED"],
    to: "EXPIRED",
    audit: "listing.expire",
    stamp: (now) => ({ expiredAt: now }),
    conflict: "Only a published listing can expire.",
  },
  // The employer says the role is still open: it stays up for another full lifetime from now.
  confirm: {
    from: ["PUBLISHED"],
    to: "PUBLISHED",
    audit: "listing.confirm",
    stamp: (now) => ({ confirmedAt: now, expiresAt: expiryFrom(now) }),
    conflict: "Only a published listing can be confirmed as still open.",
  },
  // An expired role is still open after all: the employer puts it back up for a full lifetime from now.
  renew: {
    from: ["EXPIRED"],
    to: "PUBLISHED",
    audit: "listing.renew",
    stamp: (now) => ({ confirmedAt: now, expiresAt: expiryFrom(now), expiredAt: null }),
    conflict: "Only an expired listing can be renewed.",
  },
  // The role stops taking applications: the employer says why (or a moderator removes it, with a note
  // the employer sees as `reason`). A pending or rejected listing may be closed too (given up on).
  close: {
    from: ["PUBLISHED", "EXPIRED", "PENDING_REVIEW", "REJECTED"],
    to: "CLOSED",
    audit: "listing.close",
    stamp: (now, { reason, closeReason }) => {
      if (!closeReason) throw new Error("Closing a listing needs a closeReason.");
      return { closedAt: now, closedReason: closeReason, closedNote: reason ?? null };
    },
    conflict: "This listing is already closed, or was never submitted.",
  },
  // A moderator takes a live listing off the board and back into the queue after a report, with a note
  // (`reason`, stored where a rejection's reason goes) telling the employer what to fix.
  returnToReview: {
    from: ["PUBLISHED"],
    to: "PENDING_REVIEW",
    audit: "listing.return-to-review",
    // Waiting again from now; reviewedAt keeps meaning "decided on a submission" (the dashboard's timing).
    stamp: (now, { reason }) => ({ rejectionReason: reason ?? null, submittedAt: now }),
    conflict: "Only a published listing can be sent back to review.",
  },
} as const satisfies Record<string, TransitionRule>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Whether a transition changes what the public sees: then it runs LIVE_SET_EFFECTS after commit. */
export function touchesLiveSet(name: TransitionName): boolean {
  const rule: TransitionRule = TRANSITIONS[name];
  return rule.to === "PUBLISHED" || rule.from.includes("PUBLISHED");
}

export type MoveRequest = {
  listingId: string;
  actor: AuditActor;
  /** Ownership and other conditions (e.g. `{ companyId }`): a listing outside them is "not found". */
  scope?: Prisma.ListingWhereInput;
  reason?: string | null;
  /** Required by `close`. */
  closeReason?: ListingCloseReason;
  metadata?: Prisma.InputJsonValue;
  /** Extra columns written in the same update (e.g. an edit submitted with the move). */
  data?: Prisma.ListingUpdateManyMutationInput;
};

export type MovedListing = { id: string; slug: string; title: string; status: ListingStatus; companyId: string };

const movedSelect = { id: true, slug: true, title: true, status: true, companyId: true } as const;

const MAIL_DELIVERY_EFFECT: ListingEffect = { name: "deliver mail", run: kickMailDelivery };

/** A transaction in which listings change; its after-effects run once it has committed. */
export class ListingChanges {
  constructor(
    readonly tx: Tx,
    private readonly effects: Set<ListingEffect>,
    readonly now: Date,
  ) {}

  /** Moves one listing; throws NotFoundError (outside the scope) or ConflictError (wrong state). */
  async move(name: TransitionName, request: MoveRequest): Promise<MovedListing> {
    const rule: TransitionRule = TRANSITIONS[name];
    const where = { AND: [{ id: request.listingId }, request.scope ?? {}] };
    const { count } = await this.tx.listing.updateMany({
      where: { AND: [where, { status: { in: [...rule.from] } }] },
      data: {
        ...request.data,
        ...rule.stamp(this.now, { actorId: request.actor.id, reason: request.reason, closeReason: request.closeReason }),
        status: rule.to,
      },
    });
    if (count === 0) {
      const exists = await this.tx.listing.findFirst({ where, select: { id: true } });
      throw exists ? new ConflictError(rule.conflict) : new NotFoundError("That listing does not exist.");
    }
    await recordAudit(this.tx, request.actor, {
      action: rule.audit,
      targetType: "Listing",
      targetId: request.listingId,
      reason: request.reason,
      metadata: request.closeReason ? { closeReason: request.closeReason, ...asObject(request.metadata) } : request.metadata,
    });
    if (rule.to === "PUBLISHED") await recordPublishedVersion(this.tx, request.listingId, this.now);
    if (touchesLiveSet(name)) this.liveSetChanged();
    if (rule.to === "PENDING_REVIEW") this.pendingContentChanged(request.listingId);
    return this.tx.listing.findUniqueOrThrow({ where: { id: request.listingId }, select: movedSelect });
  }

  /** Moves every listing matching `where` that is in a from-state (a job's bulk move); returns them. */
  async moveMany(name: TransitionName, request: { where: Prisma.ListingWhereInput; actor: AuditActor; reason?: string }) {
    const rule: TransitionRule = TRANSITIONS[name];
    const moved = await this.tx.listing.updateManyAndReturn({
      where: { AND: [request.where, { status: { in: [...rule.from] } }] },
      data: { ...rule.stamp(this.now, { actorId: request.actor.id, reason: request.reason }), status: rule.to },
      select: movedSelect,
    });
    await recordAudits(
      this.tx,
      request.actor,
      moved.map((listing) => ({ action: rule.audit, targetType: "Listing", targetId: listing.id, reason: request.reason })),
    );
    if (rule.to === "PUBLISHED") for (const listing of moved) await recordPublishedVersion(this.tx, listing.id, this.now);
    if (moved.length > 0 && touchesLiveSet(name)) this.liveSetChanged();
    if (rule.to === "PENDING_REVIEW") for (const listing of moved) this.pendingContentChanged(listing.id);
    return moved;
  }

  /** Mail about these changes, written in this transaction and sent promptly once it commits. */
  async email<K extends MailKind>(request: EmailRequest<K>): Promise<EnqueueOutcome> {
    const outcome = await enqueueEmail(this.tx, request);
    this.effects.add(MAIL_DELIVERY_EFFECT);
    return outcome;
  }

  /**
   * A published listing's content changed without a move (an edit published at once, an approved edit):
   * the new content is recorded as a version and the live set refreshed once committed.
   */
  async publishedContentChanged(listingId: string): Promise<void> {
    await recordPublishedVersion(this.tx, listingId, this.now);
    this.liveSetChanged();
  }

  /**
   * A listing entered review, its waiting content changed, or a published listing's material edit started
   * waiting (decision 023): its near-duplicate check runs again once committed.
   */
  pendingContentChanged(listingId: string): void {
    this.effects.add(duplicateCheckEffect(listingId));
  }

  /** For writes that change what the live set shows without moving a listing or changing its content. */
  liveSetChanged(): void {
    for (const effect of LIVE_SET_EFFECTS) this.effects.add(effect);
  }
}

/**
 * Runs `work` in one transaction; once it commits, runs the after-effects its moves called for. Every
 * write to a listing's status goes through here.
 */
export async function changeListings<R>(work: (changes: ListingChanges) => Promise<R>): Promise<R> {
  const effects = new Set<ListingEffect>();
  const now = new Date();
  const result = await db.$transaction((tx) => work(new ListingChanges(tx, effects, now)));
  await runListingEffects(effects);
  return result;
}

/** One move in its own transaction. */
export function moveListing(name: TransitionName, request: MoveRequest): Promise<MovedListing> {
  return changeListings((changes) => changes.move(name, request));
}

function asObject(value: Prisma.InputJsonValue | undefined): Record<string, Prisma.InputJsonValue> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.InputJsonValue>) : {};
}
