import "server-only";
import type { ListingStatus } from "@/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { listingFactsSelect } from "@/lib/listing-facts";
import { payRangeWarning } from "@/lib/pay-transparency";
import type { ListingInput } from "@/lib/schemas/listing";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import {
  checkListingWrite,
  employerCompanyId,
  listingContent,
  payProvided,
  samePay,
  uniqueSlug,
  type SaveIntent,
  type SubmittedListing,
} from "@/server/listings/employer";
import { changeListings } from "@/server/listings/lifecycle";
import { editPublishedListing, type PublishedEditOutcome } from "@/server/listings/published-edits";

// Writing a listing's content before it is public: editing a draft, a pending or a rejected listing,
// copying any listing into a new draft, deleting a draft. Status changes still go through the lifecycle
// (a save-and-submit is an edit followed by the `submit` transition, in one transaction). A published
// listing's edit is published-edits.ts's business: it may wait for review (decision 023).

/** The states whose content the employer may change. */
export const EDITABLE_STATUSES = ["DRAFT", "PENDING_REVIEW", "REJECTED"] as const satisfies readonly ListingStatus[];

export function isEditable(status: ListingStatus): boolean {
  return (EDITABLE_STATUSES as readonly ListingStatus[]).includes(status);
}

const NOT_FOUND = "That listing does not exist.";
const NOT_EDITABLE = "An expired or closed listing cannot be edited; duplicate it into a new draft instead.";

/** Replaces the content of one of the company's editable listings, and submits it when asked. */
export async function editListing(
  actor: Actor,
  listingId: string,
  input: ListingInput,
  intent: SaveIntent,
): Promise<SubmittedListing & { edit?: PublishedEditOutcome }> {
  const companyId = employerCompanyId(actor);
  return changeListings(async (changes) => {
    const { tx } = changes;
    const current = await tx.listing.findFirst({
      where: { id: listingId, companyId },
      select: { status: true, salaryMin: true, salaryMax: true, salaryCurrency: true, salaryPeriod: true },
    });
    if (!current) throw new NotFoundError(NOT_FOUND);
    if (!isEditable(current.status) && current.status !== "PUBLISHED") throw new ConflictError(NOT_EDITABLE);
    await checkListingWrite(tx, actor, companyId, input);
    const warning = payRangeWarning(input.salaryMin, input.salaryMax);
    const warnings = warning ? [warning] : [];

    if (current.status === "PUBLISHED") {
      const edit = await editPublishedListing(changes, actor, { id: listingId, companyId }, input, NOT_EDITABLE);
      const live = await tx.listing.findUniqueOrThrow({
        where: { id: listingId },
        select: { id: true, slug: true, status: true },
      });
      return { ...live, warnings, edit };
    }

    // The state is checked again in the write itself: a moderator deciding meanwhile wins, and the edit is refused.
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, companyId, status: { in: [...EDITABLE_STATUSES] } },
      data: { ...listingContent(input), ...(samePay(current, input) ? {} : payProvided(actor.id, changes.now)) },
    });
    if (count === 0) throw new ConflictError(NOT_EDITABLE);
    await tx.listingSkill.deleteMany({ where: { listingId } });
    await tx.listingSkill.createMany({ data: input.skills.map((skillId) => ({ listingId, skillId })) });
    await recordAudit(tx, actor, {
      action: "listing.edit",
      targetType: "Listing",
      targetId: listingId,
      metadata: { status: current.status, title: input.title },
    });

    // A listing already waiting for review stays in the queue with its new content.
    if (current.status === "PENDING_REVIEW") changes.pendingContentChanged(listingId);
    if (intent === "submit" && current.status !== "PENDING_REVIEW") {
      const moved = await changes.move("submit", { listingId, actor, scope: { companyId } });
      return { id: moved.id, slug: moved.slug, status: moved.status, warnings };
    }
    const saved = await tx.listing.findUniqueOrThrow({
      where: { id: listingId },
      select: { id: true, slug: true, status: true },
    });
    return { ...saved, warnings };
  });
}

/** Copies one of the company's listings, in any state, into a new draft: content and skills only. */
export async function duplicateListing(actor: Actor, listingId: string): Promise<{ id: string; title: string }> {
  const companyId = employerCompanyId(actor);
  return db.$transaction(async (tx) => {
    const source = await tx.listing.findFirst({
      where: { id: listingId, companyId },
      select: {
        levelId: true,
        title: true,
        description: true,
        benefits: true,
        salaryMin: true,
        salaryMax: true,
        salaryCurrency: true,
        salaryPeriod: true,
        equity: true,
        bonus: true,
        annualUsdMin: true,
        annualUsdMax: true,
        worldwide: true,
        eligibleRegions: true,
        eligibleCountries: true,
        eligibleStates: true,
        eligibleProvinces: true,
        aiScreening: true,
        existingVacancy: true,
        salaryProvidedById: true,
        salaryProvidedAt: true,
        tzWindowStartUtc: true,
        tzWindowEndUtc: true,
        tzRequiredOverlapHours: true,
        visaPolicy: true,
        engagementModel: true,
        ...listingFactsSelect,
        skills: { select: { skillId: true } },
      },
    });
    if (!source) throw new NotFoundError(NOT_FOUND);
    const companyName = await checkListingWrite(tx, actor, companyId, null);
    const { skills, ...content } = source;
    const copy = await tx.listing.create({
      data: {
        ...content,
        slug: await uniqueSlug(tx, source.title, companyName),
        companyId,
        createdById: actor.id,
        status: "DRAFT",
        skills: { create: skills.map(({ skillId }) => ({ skillId })) },
      },
      select: { id: true, title: true },
    });
    await recordAudit(tx, actor, {
      action: "listing.duplicate",
      targetType: "Listing",
      targetId: copy.id,
      metadata: { sourceId: listingId },
    });
    return copy;
  });
}

/** Deletes one of the company's drafts; anything ever submitted stays (it can be closed instead). */
export async function deleteDraft(actor: Actor, listingId: string): Promise<{ id: string; title: string }> {
  const companyId = employerCompanyId(actor);
  return db.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({ where: { id: listingId, companyId }, select: { id: true, title: true } });
    if (!listing) throw new NotFoundError(NOT_FOUND);
    const { count } = await tx.listing.deleteMany({
      where: { id: listingId, companyId, status: "DRAFT", applications: { none: {} } },
    });
    if (count === 0) throw new ConflictError("Only a draft can be deleted; a submitted listing can be closed instead.");
    await recordAudit(tx, actor, {
      action: "listing.delete",
      targetType: "Listing",
      targetId: listingId,
      metadata: { title: listing.title },
    });
    return listing;
  });
}
