import "server-only";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { normalisePay } from "@/lib/pay";
import { payRangeWarning, payTransparencyProblems } from "@/lib/pay-transparency";
import { listingFactsSelect } from "@/lib/listing-facts";
import type { ListingInput } from "@/lib/schemas/listing";
import { randomSuffix, slugify } from "@/lib/slug";
import type { ListingStatus } from "@/generated/prisma/enums";
import { assertEmailVerified } from "@/server/accounts/verification";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/db";
import { changeListings } from "@/server/listings/lifecycle";
import { listingDetailSelect } from "@/server/listings/public";

// An employer's own listings. Every query names the actor's company in its `where`, so another
// company's listing is indistinguishable from one that does not exist.

/** The company an employer acts for; anyone else is refused before any row is read. */
export function employerCompanyId(actor: Actor): string {
  if (actor.role !== "EMPLOYER") throw new ForbiddenError("Only employer accounts can manage listings.");
  if (!actor.companyId) {
    throw new ForbiddenError("Your account is not a member of a company yet. Ask your company's owner to invite you.");
  }
  return actor.companyId;
}

export type Problems = Record<string, string[]>;

/** The references a listing makes (level, regions, skills) must exist; collects every problem at once. */
export async function checkReferences(tx: Tx, input: ListingInput, problems: Problems) {
  const level = await tx.seniorityLevel.findUnique({ where: { id: input.levelId }, select: { id: true } });
  if (!level) problems.levelId = ["Choose a seniority level from the list."];

  const regions = await tx.region.findMany({
    where: { code: { in: input.eligibleRegions } },
    select: { code: true, countries: true },
  });
  if (regions.length !== input.eligibleRegions.length) problems.eligibleRegions = ["Choose regions from the list."];

  const skillCount = await tx.skill.count({ where: { id: { in: input.skills } } });
  if (skillCount !== input.skills.length) problems.skills = ["Choose skills from the list."];

  // The schema checked countries; a region containing the US, Canada or an EU state counts the same.
  const countries = [...input.eligibleCountries, ...regions.flatMap((r) => r.countries)];
  const open = (code: string) => input.worldwide || countries.includes(code);
  if (input.eligibleStates.length > 0 && !open("US")) {
    problems.eligibleStates = ["Choose the United States (or a region that includes it) to limit the role to some states."];
  }
  if (input.eligibleProvinces.length > 0 && !open("CA")) {
    problems.eligibleProvinces = ["Choose Canada (or a region that includes it) to limit the role to some provinces."];
  }
  const rules = payTransparencyProblems(
    {
      ...input,
      countries,
      states: input.eligibleStates,
      provinces: input.eligibleProvinces,
      applicationsCloseOn: input.applicationsCloseOn ?? null,
    },
    new Date(),
  );
  for (const [field, messages] of Object.entries(rules)) problems[field] = [...(problems[field] ?? []), ...messages];
}

/** Whether two versions state the same pay (then who provided it stays as it was). */
export function samePay(a: StatedPayColumns, b: StatedPayColumns): boolean {
  return (
    a.salaryMin === b.salaryMin &&
    a.salaryMax === b.salaryMax &&
    a.salaryCurrency === b.salaryCurrency &&
    a.salaryPeriod === b.salaryPeriod
  );
}

type StatedPayColumns = { salaryMin: number; salaryMax: number; salaryCurrency: string; salaryPeriod: string };

/** The record of who stated the pay range and when, written with every pay change. */
export function payProvided(actorId: string, now: Date) {
  return { salaryProvidedById: actorId, salaryProvidedAt: now };
}

/**
 * What every write of a listing's content checks first: a confirmed address, an active company, and
 * references that exist. Returns the company's name (for slugs).
 */
export async function checkListingWrite(tx: Tx, actor: Actor, companyId: string, input: ListingInput | null): Promise<string> {
  await assertEmailVerified(tx, actor.id, "post a role");
  const company = await tx.company.findUnique({ where: { id: companyId }, select: { name: true, status: true } });
  if (!company || company.status !== "ACTIVE") {
    throw new ForbiddenError("Your company account is suspended, so it cannot post listings.");
  }
  if (input) {
    const problems: Problems = {};
    await checkReferences(tx, input, problems);
    if (Object.keys(problems).length > 0) throw new ValidationError("Please correct the highlighted fields.", problems);
  }
  return company.name;
}

export async function uniqueSlug(tx: Tx, title: string, companyName: string): Promise<string> {
  const base = slugify(`${title} ${companyName}`, 70);
  // A 6-character random suffix practically never collides; the loop covers the rare case it does.
  for (;;) {
    const slug = `${base}-${randomSuffix()}`;
    if (!(await tx.listing.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** The columns a listing's form writes (status, dates and ownership are never among them). */
export function listingContent(input: ListingInput) {
  const pay = normalisePay(input);
  return {
    levelId: input.levelId,
    title: input.title,
    description: input.description,
    benefits: input.benefits ?? null,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    salaryCurrency: input.salaryCurrency,
    salaryPeriod: input.salaryPeriod,
    equity: input.equity ?? null,
    bonus: input.bonus ?? null,
    annualUsdMin: pay.annualUsdMin,
    annualUsdMax: pay.annualUsdMax,
    worldwide: input.worldwide,
    eligibleRegions: input.eligibleRegions,
    eligibleCountries: input.eligibleCountries,
    eligibleStates: input.eligibleStates,
    eligibleProvinces: input.eligibleProvinces,
    applicationsCloseOn: input.applicationsCloseOn ?? null,
    aiScreening: input.aiScreening ?? null,
    existingVacancy: input.existingVacancy ?? null,
    tzWindowStartUtc: input.tzWindowStartUtc ?? null,
    tzWindowEndUtc: input.tzWindowEndUtc ?? null,
    tzRequiredOverlapHours: input.tzRequiredOverlapHours,
    visaPolicy: input.visaPolicy,
    engagementModel: input.engagementModel,
    ...listingFactsContent(input),
  };
}

/** The role-at-a-glance columns (decision 031): anything not stated is stored as null or an empty list. */
function listingFactsContent(input: ListingInput) {
  return {
    scalePeakRps: input.scalePeakRps ?? null,
    scaleDataVolume: input.scaleDataVolume ?? null,
    scaleServices: input.scaleServices ?? null,
    ownershipKind: input.ownershipKind ?? null,
    firstSixMonths: input.firstSixMonths ?? null,
    teamSize: input.teamSize ?? null,
    reportsTo: input.reportsTo ?? null,
    engineersServed: input.engineersServed ?? null,
    onCall: input.onCall ?? null,
    onCallRotationWeeks: input.onCall === "ROTATION" ? (input.onCallRotationWeeks ?? null) : null,
    interviewStages: input.interviewStages,
    interviewHours: input.interviewHours ?? null,
    takeHome: input.takeHome ?? null,
    systemDesignRound: input.systemDesignRound ?? null,
    decisionStyles: input.decisionStyles,
  };
}

/** "save" keeps the listing where it is (a new one becomes a draft); "submit" also sends it for review. */
export type SaveIntent = "save" | "submit";

export type SubmittedListing = { id: string; slug: string; status: ListingStatus; warnings: string[] };

/** Creates a listing as a draft, and submits it for review unless only saved; the audit record commits with it. */
export async function createListing(actor: Actor, input: ListingInput, intent: SaveIntent = "submit"): Promise<SubmittedListing> {
  const companyId = employerCompanyId(actor);
  return changeListings(async (changes) => {
    const { tx } = changes;
    const companyName = await checkListingWrite(tx, actor, companyId, input);
    // Written as a draft, then submitted through the lifecycle like any other submission.
    const draft = await tx.listing.create({
      data: {
        ...listingContent(input),
        ...payProvided(actor.id, changes.now),
        slug: await uniqueSlug(tx, input.title, companyName),
        companyId,
        createdById: actor.id,
        status: "DRAFT",
        skills: { create: input.skills.map((skillId) => ({ skillId })) },
      },
      select: { id: true, slug: true, status: true },
    });
    const metadata = { companyId, title: input.title };
    const warning = payRangeWarning(input.salaryMin, input.salaryMax);
    const warnings = warning ? [warning] : [];
    if (intent === "save") {
      await recordAudit(tx, actor, { action: "listing.create", targetType: "Listing", targetId: draft.id, metadata });
      return { ...draft, warnings };
    }
    const listing = await changes.move("submit", { listingId: draft.id, actor, scope: { companyId }, metadata });
    return { id: listing.id, slug: listing.slug, status: listing.status, warnings };
  });
}

/** The company's listings, newest first, with what the employer needs to act on them. */
export async function listOwnListings(actor: Actor) {
  const companyId = employerCompanyId(actor);
  return db.listing.findMany({
    where: { companyId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      rejectionReason: true,
      createdAt: true,
      submittedAt: true,
      publishedAt: true,
      expiresAt: true,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryPeriod: true,
      level: { select: { name: true } },
      _count: { select: { applications: true } },
    },
  });
}

/** One of the company's listings with everything shown on its management page; null when it is not theirs. */
export async function getOwnListing(actor: Actor, id: string) {
  const companyId = employerCompanyId(actor);
  return db.listing.findFirst({
    where: { id, companyId },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      benefits: true,
      status: true,
      rejectionReason: true,
      createdAt: true,
      submittedAt: true,
      reviewedAt: true,
      publishedAt: true,
      expiresAt: true,
      closedAt: true,
      closedReason: true,
      closedNote: true,
      pendingEdit: true,
      pendingEditAt: true,
      editRejectionReason: true,
      confirmedAt: true,
      expiredAt: true,
      levelId: true,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryPeriod: true,
      annualUsdMin: true,
      annualUsdMax: true,
      equity: true,
      bonus: true,
      worldwide: true,
      eligibleRegions: true,
      eligibleCountries: true,
      eligibleStates: true,
      eligibleProvinces: true,
      applicationsCloseOn: true,
      aiScreening: true,
      existingVacancy: true,
      salaryProvidedAt: true,
      tzWindowStartUtc: true,
      tzWindowEndUtc: true,
      tzRequiredOverlapHours: true,
      visaPolicy: true,
      engagementModel: true,
      ...listingFactsSelect,
      level: { select: { name: true } },
      skills: { select: { skill: { select: { id: true, slug: true, name: true } } }, orderBy: { skill: { name: "asc" } } },
      _count: { select: { applications: true } },
    },
  });
}

/** One of the company's listings in any state, selected exactly as its public page reads it (for the preview). */
export async function getOwnListingPreview(actor: Actor, id: string) {
  const companyId = employerCompanyId(actor);
  return db.listing.findFirst({ where: { id, companyId }, select: { ...listingDetailSelect, status: true } });
}
