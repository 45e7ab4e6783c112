import "server-only";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { normalisePay } from "@/lib/pay";
import { BENEFITS_REQUIRED_MESSAGE, benefitsRequired, payRangeWarning } from "@/lib/pay-transparency";
import type { ListingInput } from "@/lib/schemas/listing";
import { randomSuffix, slugify } from "@/lib/slug";
import { assertEmailVerified } from "@/server/accounts/verification";
import type { Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/db";
import { changeListings } from "@/server/listings/lifecycle";

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

type Problems = Record<string, string[]>;

/** The references a listing makes (level, regions, skills) must exist; collects every problem at once. */
async function checkReferences(tx: Tx, input: ListingInput, problems: Problems) {
  const level = await tx.seniorityLevel.findUnique({ where: { id: input.levelId }, select: { id: true } });
  if (!level) problems.levelId = ["Choose a seniority level from the list."];

  const regions = await tx.region.findMany({
    where: { code: { in: input.eligibleRegions } },
    select: { code: true, countries: true },
  });
  if (regions.length !== input.eligibleRegions.length) problems.eligibleRegions = ["Choose regions from the list."];

  const skillCount = await tx.skill.count({ where: { id: { in: input.skills } } });
  if (skillCount !== input.skills.length) problems.skills = ["Choose skills from the list."];

  // The schema checked countries; a region containing the US or an EU state counts the same.
  const countries = [...input.eligibleCountries, ...regions.flatMap((r) => r.countries)];
  if (!input.benefits && benefitsRequired(input.worldwide, countries)) problems.benefits = [BENEFITS_REQUIRED_MESSAGE];
}

async function uniqueSlug(tx: Tx, title: string, companyName: string): Promise<string> {
  const base = slugify(`${title} ${companyName}`, 70);
  // A 6-character random suffix practically never collides; the loop covers the rare case it does.
  for (;;) {
    const slug = `${base}-${randomSuffix()}`;
    if (!(await tx.listing.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export type SubmittedListing = { id: string; slug: string; warnings: string[] };

/** Creates a listing and submits it for review in one step; the audit record commits with it. */
export async function createListing(actor: Actor, input: ListingInput): Promise<SubmittedListing> {
  const companyId = employerCompanyId(actor);
  return changeListings(async (changes) => {
    const { tx } = changes;
    await assertEmailVerified(tx, actor.id, "post a role");
    const company = await tx.company.findUnique({ where: { id: companyId }, select: { name: true, status: true } });
    if (!company || company.status !== "ACTIVE") {
      throw new ForbiddenError("Your company account is suspended, so it cannot post listings.");
    }

    const problems: Problems = {};
    await checkReferences(tx, input, problems);
    if (Object.keys(problems).length > 0) throw new ValidationError("Please correct the highlighted fields.", problems);

    const pay = normalisePay(input);
    // Written as a draft, then submitted through the lifecycle like any other submission.
    const draft = await tx.listing.create({
      data: {
        slug: await uniqueSlug(tx, input.title, company.name),
        companyId,
        createdById: actor.id,
        status: "DRAFT",
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
        tzWindowStartUtc: input.tzWindowStartUtc ?? null,
        tzWindowEndUtc: input.tzWindowEndUtc ?? null,
        tzRequiredOverlapHours: input.tzRequiredOverlapHours,
        visaPolicy: input.visaPolicy,
        engagementModel: input.engagementModel,
        skills: { create: input.skills.map((skillId) => ({ skillId })) },
      },
      select: { id: true },
    });
    const listing = await changes.move("submit", {
      listingId: draft.id,
      actor,
      scope: { companyId },
      metadata: { companyId, title: input.title },
    });

    const warning = payRangeWarning(input.salaryMin, input.salaryMax);
    return { id: listing.id, slug: listing.slug, warnings: warning ? [warning] : [] };
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
      tzWindowStartUtc: true,
      tzWindowEndUtc: true,
      tzRequiredOverlapHours: true,
      visaPolicy: true,
      engagementModel: true,
      viewCount: true,
      level: { select: { name: true } },
      skills: { select: { skill: { select: { id: true, slug: true, name: true } } }, orderBy: { skill: { name: "asc" } } },
      _count: { select: { applications: true } },
    },
  });
}
