import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { diffListing, type FieldChange, type FormValues } from "@/lib/listing-diff";
import { formValuesFrom, listingFormSelect, listingFormValues } from "@/lib/listing-form-values";
import { listingSchema, type ListingInput } from "@/lib/schemas/listing";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { checkReferences, listingContent, payProvided, samePay, type Problems } from "@/server/listings/employer";
import { changeListings, type ListingChanges } from "@/server/listings/lifecycle";
import { readStoredDuplicates, type DuplicateMatch } from "@/server/moderation/duplicates";

// Editing a published listing (docs/decisions/023-editing-published-listings.md). The reviewed version stays
// live; an edit that changes a material field (title, level, pay, eligibility, description, skills) waits in
// `pendingEdit` — the whole edited form — until a moderator approves it; an edit of only the benefits,
// equity or bonus notes publishes at once. No status changes here: the listing stays PUBLISHED throughout.

const contentSelect = listingFormSelect;

/** The key in a stored pending edit naming the employer who sent it (not a form field, so never diffed). */
const SENT_BY = "sentById";

function inputValues(input: ListingInput): FormValues {
  return listingFormValues({ ...listingContent(input), skills: input.skills.map((id) => ({ skill: { id } })) });
}

/** A stored pending edit as form values. */
export const storedEdit = formValuesFrom;

export type PublishedEditOutcome = "published" | "pending";

/**
 * Called by editListing, in its transaction, for a listing that was PUBLISHED when read. The form is the
 * whole desired content: material differences from the live version wait for review (replacing any earlier
 * waiting edit); otherwise the minor notes are written at once and any waiting edit is dropped.
 */
export async function editPublishedListing(
  changes: ListingChanges,
  actor: Actor,
  where: { id: string; companyId: string },
  input: ListingInput,
  conflict: string,
): Promise<PublishedEditOutcome> {
  const { tx } = changes;
  const live = await tx.listing.findFirst({ where: { ...where, status: "PUBLISHED" }, select: contentSelect });
  if (!live) throw new ConflictError(conflict);
  const proposed = inputValues(input);
  const changed = diffListing(listingFormValues(live), proposed);
  const fields = changed.map((c) => c.name);
  const guard = { ...where, status: "PUBLISHED" as const };

  if (changed.some((c) => c.material)) {
    const { count } = await tx.listing.updateMany({
      where: guard,
      // Who sent the edit travels with it: if its pay goes live, they provided that range.
      data: { pendingEdit: { ...proposed, [SENT_BY]: actor.id }, pendingEditAt: changes.now, editRejectionReason: null },
    });
    if (count === 0) throw new ConflictError(conflict);
    await recordAudit(tx, actor, {
      action: "listing.edit-submitted",
      targetType: "Listing",
      targetId: where.id,
      metadata: { fields },
    });
    // The edit is content waiting for review like a submission: its near-duplicates are looked for too.
    changes.pendingContentChanged(where.id);
    return "pending";
  }

  const { count } = await tx.listing.updateMany({
    where: guard,
    data: {
      benefits: input.benefits ?? null,
      equity: input.equity ?? null,
      bonus: input.bonus ?? null,
      pendingEdit: Prisma.DbNull,
      pendingEditAt: null,
    },
  });
  if (count === 0) throw new ConflictError(conflict);
  await recordAudit(tx, actor, {
    action: "listing.edit",
    targetType: "Listing",
    targetId: where.id,
    metadata: { fields, published: true },
  });
  if (changed.length > 0) await changes.publishedContentChanged(where.id);
  return "published";
}

// ---- The moderator's side ----

function assertModerator(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
}

const NO_EDIT = "This listing has no edit waiting for review; someone may have decided already.";
const STALE = "The employer changed the edit since this page was loaded. Review the new version.";

/** Published listings with an edit waiting, oldest edit first. */
export async function listPendingEdits(actor: Actor) {
  assertModerator(actor);
  return db.listing.findMany({
    where: { status: "PUBLISHED", pendingEditAt: { not: null } },
    orderBy: { pendingEditAt: "asc" },
    select: { id: true, title: true, pendingEditAt: true, company: { select: { name: true } } },
  });
}

export type EditForReview = {
  id: string;
  slug: string;
  title: string;
  companyName: string;
  pendingEditAt: Date;
  changes: FieldChange[];
  /** Near-copies of the edit as it would publish (stored by the job check-near-duplicates, decision 033). */
  matches: DuplicateMatch[];
  /** The check has not run on this edit yet. */
  duplicateCheckPending: boolean;
};

/** The waiting edit of a published listing as a field-by-field diff, ids shown by their names. */
export async function getEditForReview(actor: Actor, listingId: string): Promise<EditForReview | null> {
  assertModerator(actor);
  const row = await db.listing.findFirst({
    where: { id: listingId, status: "PUBLISHED", pendingEditAt: { not: null } },
    select: {
      ...contentSelect,
      id: true,
      slug: true,
      pendingEdit: true,
      pendingEditAt: true,
      company: { select: { name: true } },
    },
  });
  const proposed = storedEdit(row?.pendingEdit ?? null);
  if (!row || !proposed || !row.pendingEditAt) return null;
  const changes = diffListing(listingFormValues(row), proposed);
  const ids = changes.flatMap((c) => (c.name === "levelId" || c.name === "skills" ? [...c.before, ...c.after] : []));
  const [levels, skills, duplicates] = await Promise.all([
    db.seniorityLevel.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.skill.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    readStoredDuplicates([row.id], "pendingEdit"),
  ]);
  const stored = duplicates.get(row.id);
  const names = new Map([...levels, ...skills].map((x) => [x.id, x.name]));
  const named = (c: FieldChange) =>
    c.name === "levelId" || c.name === "skills"
      ? { ...c, before: c.before.map((id) => names.get(id) ?? id), after: c.after.map((id) => names.get(id) ?? id) }
      : c;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    companyName: row.company.name,
    pendingEditAt: row.pendingEditAt,
    changes: changes.map(named),
    matches: stored?.matches ?? [],
    duplicateCheckPending: !stored?.checked,
  };
}

/**
 * Publishes the waiting edit — exactly the version the moderator saw (`version` is its pendingEditAt) —
 * after checking it again against the listing rules, which may have changed since it was sent.
 */
export async function approveEdit(actor: Actor, listingId: string, version: number) {
  assertModerator(actor);
  return changeListings(async (changes) => {
    const { tx } = changes;
    const row = await tx.listing.findFirst({
      where: { id: listingId, status: "PUBLISHED", pendingEditAt: { not: null } },
      select: {
        id: true,
        slug: true,
        title: true,
        pendingEdit: true,
        pendingEditAt: true,
        salaryMin: true,
        salaryMax: true,
        salaryCurrency: true,
        salaryPeriod: true,
      },
    });
    if (!row)
      throw (await tx.listing.findUnique({ where: { id: listingId }, select: { id: true } }))
        ? new ConflictError(NO_EDIT)
        : new NotFoundError("That listing does not exist.");
    if (row.pendingEditAt!.getTime() !== version) throw new ConflictError(STALE);

    const parsed = listingSchema.safeParse(storedEdit(row.pendingEdit) ?? {});
    const problems: Problems = {};
    if (parsed.success) await checkReferences(tx, parsed.data, problems);
    if (!parsed.success || Object.keys(problems).length > 0) {
      throw new ConflictError(
        "The edit no longer meets the listing rules (a level, region or skill may have been retired). Turn it down with a note.",
      );
    }
    const input = parsed.data;
    let provided = {};
    if (!samePay(row, input)) {
      const sentBy = storedEdit(row.pendingEdit)?.[SENT_BY];
      const sender =
        typeof sentBy === "string" ? await tx.user.findUnique({ where: { id: sentBy }, select: { id: true } }) : null;
      provided = sender
        ? payProvided(sender.id, row.pendingEditAt!)
        : { salaryProvidedById: null, salaryProvidedAt: row.pendingEditAt };
    }
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "PUBLISHED", pendingEditAt: row.pendingEditAt },
      data: {
        ...listingContent(input),
        ...provided,
        pendingEdit: Prisma.DbNull,
        pendingEditAt: null,
        editRejectionReason: null,
        reviewedAt: changes.now,
        reviewedById: actor.id,
      },
    });
    if (count === 0) throw new ConflictError(STALE);
    await tx.listingSkill.deleteMany({ where: { listingId } });
    await tx.listingSkill.createMany({ data: input.skills.map((skillId) => ({ listingId, skillId })) });
    await recordAudit(tx, actor, { action: "listing.approve-edit", targetType: "Listing", targetId: listingId });
    await changes.publishedContentChanged(listingId);
    return { id: row.id, slug: row.slug, title: input.title };
  });
}

/** Turns the waiting edit down with a reason the employer reads; the live version is untouched. */
export async function rejectEdit(actor: Actor, listingId: string, version: number, reason: string) {
  assertModerator(actor);
  return db.$transaction(async (tx) => {
    const row = await tx.listing.findUnique({
      where: { id: listingId },
      select: { id: true, title: true, pendingEditAt: true, status: true },
    });
    if (!row) throw new NotFoundError("That listing does not exist.");
    if (row.status !== "PUBLISHED" || !row.pendingEditAt) throw new ConflictError(NO_EDIT);
    if (row.pendingEditAt.getTime() !== version) throw new ConflictError(STALE);
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "PUBLISHED", pendingEditAt: row.pendingEditAt },
      data: { pendingEdit: Prisma.DbNull, pendingEditAt: null, editRejectionReason: reason },
    });
    if (count === 0) throw new ConflictError(STALE);
    await recordAudit(tx, actor, { action: "listing.reject-edit", targetType: "Listing", targetId: listingId, reason });
    return { id: row.id, title: row.title };
  });
}
