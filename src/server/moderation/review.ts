import "server-only";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { comparisonRegions, WORLDWIDE_BAND } from "@/lib/band-regions";
import {
  accountSignal,
  contentSignals,
  historySignals,
  payBandSignal,
  verificationSignal,
  type CompanyHistory,
} from "@/lib/moderation-signals";
import { reviewSignals, type ReviewSignal } from "@/lib/review-signals";
import { REVIEW_QUEUE_SIZE } from "@/lib/schemas/moderation";
import { bandKey } from "@/lib/salary-bands";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { changeListings, TRANSITIONS, type ListingChanges, type MovedListing } from "@/server/listings/lifecycle";
import { getRegions } from "@/server/listings/public";
import { readStoredDuplicates, type DuplicateMatch } from "@/server/moderation/duplicates";
import { companyMemberIds } from "@/server/mail/recipients";
import { readBandsByKey } from "@/server/salaries/read";
import { compareWithBand } from "@/server/salaries/position";

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
}

/** Listings waiting for a decision, oldest first, with the signals a moderator should see. */
export async function listReviewQueue(actor: Actor, search: { q?: string } = {}) {
  assertAdmin(actor);
  const q = search.q?.trim();
  const pending = await db.listing.findMany({
    where: {
      status: "PENDING_REVIEW",
      ...(q
        ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { company: { name: { contains: q, mode: "insensitive" } } }] }
        : {}),
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: REVIEW_QUEUE_SIZE,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryPeriod: true,
      annualUsdMin: true,
      annualUsdMax: true,
      submittedAt: true,
      updatedAt: true,
      rejectionReason: true,
      worldwide: true,
      eligibleRegions: true,
      eligibleCountries: true,
      level: { select: { id: true, name: true, slug: true } },
      company: { select: { id: true, name: true, createdAt: true, website: true, verifiedDomain: true } },
      createdBy: { select: { createdAt: true } },
    },
  });
  const now = new Date();
  const companyIds = [...new Set(pending.map((l) => l.company.id))];
  const [history, payBands, duplicates] = await Promise.all([
    companyHistories(companyIds),
    payBandsFor(pending),
    // Stored by the job check-near-duplicates when each listing entered review: the query itself takes
    // seconds on a large board (docs/decisions/033-verified-employers.md).
    readStoredDuplicates(pending.map((l) => l.id)),
  ]);
  // Same company, same title, already on the board or also waiting: a likely duplicate.
  const siblings = await db.listing.findMany({
    where: {
      companyId: { in: pending.map((l) => l.company.id) },
      status: { in: ["PENDING_REVIEW", "PUBLISHED"] },
    },
    select: { id: true, companyId: true, title: true },
  });
  return pending.map(({ description, createdBy, ...listing }) => {
    const pay = payBandSignal(listing, payBands.get(listing.id) ?? null);
    const newAccount = accountSignal(createdBy, now);
    const unverified = verificationSignal(listing.company);
    const stored = duplicates.get(listing.id);
    const matches = stored?.matches ?? [];
    return {
      ...listing,
      matches,
      /** The near-duplicate check has not run on this content yet (the job is queued or running). */
      duplicateCheckPending: !stored?.checked,
      signals: [
        ...(matches[0] ? [duplicateSignal(matches[0], matches.length)] : []),
        ...reviewSignals({
          ...listing,
          description,
          companyCreatedAt: listing.company.createdAt,
          now,
          duplicateTitle: siblings.some(
            (s) =>
              s.id !== listing.id &&
              s.companyId === listing.company.id &&
              s.title.trim().toLowerCase() === listing.title.trim().toLowerCase(),
          ),
        }),
        ...(pay ? [pay] : []),
        ...contentSignals(description, listing.company.website),
        ...historySignals(history.get(listing.company.id) ?? { upheldReports: 0, openReports: 0, suspendedBefore: false }),
        ...(newAccount ? [newAccount] : []),
        ...(unverified ? [unverified] : []),
      ],
    };
  });
}

function duplicateSignal(top: DuplicateMatch, count: number): ReviewSignal {
  const alike = `${Math.round(top.similarity * 100)}% alike`;
  const more = count > 1 ? ` (and ${count - 1} more)` : "";
  if (top.repost) {
    return { kind: "duplicate", message: `Repost of “${top.title}”, which the company closed recently (${alike})${more}.` };
  }
  const state = top.status === "CLOSED" ? "closed recently" : top.status === "PUBLISHED" ? "live" : "also waiting";
  return { kind: "duplicate", message: `Near-copy of “${top.title}” at ${top.companyName}, ${state} (${alike})${more}.` };
}

/** What each company has on record: reports about its listings (upheld or open) and past suspensions. */
async function companyHistories(companyIds: string[]): Promise<Map<string, CompanyHistory>> {
  const [reports, suspensions] = await Promise.all([
    db.report.findMany({
      where: { status: { in: ["OPEN", "RESOLVED"] }, listing: { companyId: { in: companyIds } } },
      select: { status: true, listing: { select: { companyId: true } } },
    }),
    db.auditLog.findMany({
      where: { action: "company.suspend", targetType: "Company", targetId: { in: companyIds } },
      select: { targetId: true },
    }),
  ]);
  const history = new Map<string, CompanyHistory>();
  const of = (id: string) => {
    let entry = history.get(id);
    if (!entry) history.set(id, (entry = { upheldReports: 0, openReports: 0, suspendedBefore: false }));
    return entry;
  };
  for (const report of reports) {
    if (report.status === "OPEN") of(report.listing.companyId).openReports += 1;
    else of(report.listing.companyId).upheldReports += 1;
  }
  for (const suspension of suspensions) of(suspension.targetId).suspendedBefore = true;
  return history;
}

type PayInput = {
  id: string;
  annualUsdMin: number;
  annualUsdMax: number;
  worldwide: boolean;
  eligibleRegions: string[];
  eligibleCountries: string[];
  level: { id: string; name: string };
};

/** The band each listing's pay is compared with (as on its public page), read in one query for the queue. */
async function payBandsFor(listings: PayInput[]) {
  const regions = await getRegions();
  const keys = new Set<string>();
  for (const l of listings) {
    keys.add(bandKey.level(l.level.id));
    for (const region of comparisonRegions(l, regions)) keys.add(bandKey.levelRegion(l.level.id, region.code));
  }
  const stored = keys.size > 0 ? await readBandsByKey([...keys]) : new Map();
  const bands = new Map<string, { quantilesUsd: number[]; label: string }>();
  for (const l of listings) {
    const comparison = await compareWithBand({ ...l, levelId: l.level.id }, regions, new Date(), async () => stored);
    if (comparison.status !== "placed") continue;
    const where = comparison.region
      ? comparison.region.code === WORLDWIDE_BAND.code
        ? " open worldwide"
        : ` in ${comparison.region.name}`
      : "";
    bands.set(l.id, { quantilesUsd: comparison.band.quantilesUsd, label: `${l.level.name} listings${where}` });
  }
  return bands;
}

const CHANGED_SINCE_READ =
  "The employer changed this listing after you opened it, so it was not approved. Read the new version, then decide.";

/** Why an approval did not happen: the content changed since it was read, it was decided, or it is gone. */
type Refusal = "changed" | "decided" | "missing";

/**
 * Approves the listing, and with `version` (its updatedAt in ms as the moderator's page showed it) only
 * while it still is that content: the check is part of the conditional update, so an employer's edit
 * committed in between refuses the approval instead of publishing text nobody read. A refusal changes nothing.
 */
async function tryApprove(
  changes: ListingChanges,
  actor: Actor,
  listingId: string,
  version?: number,
): Promise<{ approved: MovedListing } | { refused: Refusal }> {
  const scope = version === undefined ? undefined : { updatedAt: new Date(version) };
  let listing: MovedListing;
  try {
    listing = await changes.move("approve", { listingId, actor, scope });
  } catch (error) {
    if (error instanceof ConflictError) return { refused: "decided" };
    if (!(error instanceof NotFoundError)) throw error;
    // Outside the version's scope the move answers "not found"; find out what actually happened.
    const row = scope ? await changes.tx.listing.findUnique({ where: { id: listingId }, select: { status: true } }) : null;
    if (!row) return { refused: "missing" };
    return { refused: row.status === "PENDING_REVIEW" ? "changed" : "decided" };
  }
  for (const userId of await companyMemberIds(changes.tx, listing.companyId)) {
    await changes.email({
      kind: "listing-approved",
      to: { userId },
      data: { listingId: listing.id, listingTitle: listing.title, listingSlug: listing.slug },
      dedupeKey: `listing-approved:${listing.id}:${changes.now.getTime()}:${userId}`,
    });
  }
  return { approved: listing };
}

const REFUSED: Record<Refusal, () => Error> = {
  changed: () => new ConflictError(CHANGED_SINCE_READ),
  decided: () => new ConflictError(TRANSITIONS.approve.conflict),
  missing: () => new NotFoundError("That listing does not exist."),
};

async function approveIn(changes: ListingChanges, actor: Actor, listingId: string, version?: number): Promise<MovedListing> {
  const outcome = await tryApprove(changes, actor, listingId, version);
  if ("refused" in outcome) throw REFUSED[outcome.refused]();
  return outcome.approved;
}

async function rejectIn(changes: ListingChanges, actor: Actor, listingId: string, reason: string): Promise<MovedListing> {
  const listing = await changes.move("reject", { listingId, actor, reason });
  for (const userId of await companyMemberIds(changes.tx, listing.companyId)) {
    await changes.email({
      kind: "listing-rejected",
      to: { userId },
      data: { listingId: listing.id, listingTitle: listing.title, reason },
      dedupeKey: `listing-rejected:${listing.id}:${changes.now.getTime()}:${userId}`,
    });
  }
  return listing;
}

/** Publishes a listing; its company's team hears about it in the same transaction. */
export async function approveListing(actor: Actor, listingId: string, version?: number): Promise<MovedListing> {
  assertAdmin(actor);
  return changeListings((changes) => approveIn(changes, actor, listingId, version));
}

/** Sends a listing back with a reason; its company's team gets the reason by mail in the same transaction. */
export async function rejectListing(actor: Actor, listingId: string, reason: string): Promise<MovedListing> {
  assertAdmin(actor);
  return changeListings((changes) => rejectIn(changes, actor, listingId, reason));
}

export type BulkDecision = {
  decision: "approve" | "reject";
  count: number;
  /** Approving only: ticked listings the employer changed after the queue was read, by their current title. */
  changed: string[];
  /** Approving only: ticked listings decided meanwhile, by title, or null for one that no longer exists. */
  gone: (string | null)[];
};

/**
 * Decides several pending listings in one transaction. Approving carries each listing's version and
 * publishes only those still as the moderator read them; the others are left as they are and named, so
 * the moderator reviews them again (a repeated submit approves nothing twice). Rejecting is all or none:
 * when one was decided meanwhile or does not exist, the message names it and nothing is decided.
 */
export async function decideListings(
  actor: Actor,
  input: { listingIds: string[]; decision: "approve" | "reject"; reason: string; versions: Record<string, number> },
): Promise<BulkDecision> {
  assertAdmin(actor);
  if (input.decision === "approve") return approveListings(actor, input.listingIds, input.versions);
  return changeListings(async (changes) => {
    for (const listingId of input.listingIds) {
      try {
        await rejectIn(changes, actor, listingId, input.reason);
      } catch (error) {
        if (!(error instanceof ConflictError) && !(error instanceof NotFoundError)) throw error;
        const row = await changes.tx.listing.findUnique({ where: { id: listingId }, select: { title: true } });
        throw new ConflictError(
          `${row ? `“${row.title}”` : "One of them"} is no longer waiting for review, so nothing was decided. Reload the queue.`,
        );
      }
    }
    return { decision: "reject", count: input.listingIds.length, changed: [], gone: [] };
  });
}

async function approveListings(actor: Actor, listingIds: string[], versions: Record<string, number>): Promise<BulkDecision> {
  return changeListings(async (changes) => {
    const refused: { id: string; why: Refusal }[] = [];
    let count = 0;
    for (const listingId of listingIds) {
      const outcome = await tryApprove(changes, actor, listingId, versions[listingId]);
      if ("approved" in outcome) count += 1;
      else refused.push({ id: listingId, why: outcome.refused });
    }
    const rows = await changes.tx.listing.findMany({
      where: { id: { in: refused.map((r) => r.id) } },
      select: { id: true, title: true },
    });
    const titles = new Map(rows.map((r) => [r.id, r.title]));
    const named = (why: (w: Refusal) => boolean) => refused.filter((r) => why(r.why)).map((r) => titles.get(r.id) ?? null);
    return {
      decision: "approve",
      count,
      // A changed listing is still waiting, so it has a title.
      changed: named((w) => w === "changed").map((t) => t ?? ""),
      gone: named((w) => w !== "changed"),
    };
  });
}
