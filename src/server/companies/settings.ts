import "server-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { CompanySettingsInput } from "@/lib/schemas/company";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { currentMembership, ownerMembership } from "@/server/companies/membership";
import { dropStaleVerification } from "@/server/companies/verification";
import { db } from "@/server/db";

// The company's own profile: every member reads it, only owners change it. The slug never changes with
// the name, so links to the public page keep working after a rename.

const settingsSelect = {
  id: true,
  slug: true,
  name: true,
  website: true,
  size: true,
  industryId: true,
  headquarters: true,
  remoteModel: true,
  meetingStyle: true,
  coreOverlapHours: true,
  offsitesPerYear: true,
  remotePolicy: true,
  benefits: true,
  description: true,
  logoVersion: true,
  status: true,
  verifiedDomain: true,
  verifiedAt: true,
  techStack: { select: { skillId: true } },
} as const;

/** The actor's company with their role in it; null for an employer who is no member (any more). */
export async function getOwnCompany(actor: Actor) {
  const membership = await currentMembership(actor).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!membership) return null;
  const company = await db.company.findUnique({ where: { id: membership.companyId }, select: settingsSelect });
  if (!company) return null;
  const { techStack, ...rest } = company;
  return { ...rest, techStack: techStack.map((s) => s.skillId), role: membership.role };
}

/** What the form offers: industries and the skills vocabulary. */
export async function companyFormOptions() {
  const [industries, skills] = await Promise.all([
    db.industry.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.skill.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, category: true } }),
  ]);
  return { industries, skills };
}

/** An owner saves the profile; the audit row names the fields that changed. */
export async function updateCompanySettings(actor: Actor, input: CompanySettingsInput) {
  const { companyId } = await ownerMembership(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: companyId }, select: settingsSelect });
    if (!before) throw new NotFoundError("Company not found.");
    if (before.status !== "ACTIVE") {
      throw new ConflictError("Your company account is suspended, so its profile cannot change. Contact Backplane support.");
    }

    const problems: Record<string, string[]> = {};
    if (input.industryId && !(await tx.industry.findUnique({ where: { id: input.industryId }, select: { id: true } }))) {
      problems.industryId = ["Choose an industry from the list."];
    }
    const techStack = [...new Set(input.techStack)];
    if ((await tx.skill.count({ where: { id: { in: techStack } } })) !== techStack.length) {
      problems.techStack = ["Choose technologies from the list."];
    }
    if (Object.keys(problems).length > 0) throw new ValidationError("Please correct the highlighted fields.", problems);

    const fields = {
      name: input.name,
      website: input.website,
      size: input.size,
      industryId: input.industryId,
      headquarters: input.headquarters,
      remoteModel: input.remoteModel,
      meetingStyle: input.meetingStyle,
      coreOverlapHours: input.coreOverlapHours,
      offsitesPerYear: input.offsitesPerYear,
      remotePolicy: input.remotePolicy,
      benefits: input.benefits,
      description: input.description,
    };
    // Conditional on still being active: a suspension between the read and the write wins.
    const { count } = await tx.company.updateMany({ where: { id: companyId, status: "ACTIVE" }, data: fields });
    if (count === 0) throw new ConflictError("Your company account was just suspended, so its profile cannot change.");
    await tx.companySkill.deleteMany({ where: { companyId, skillId: { notIn: techStack } } });
    await tx.companySkill.createMany({ data: techStack.map((skillId) => ({ companyId, skillId })), skipDuplicates: true });

    const beforeStack = before.techStack.map((s) => s.skillId).sort();
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== fields[key]);
    const changedNames: string[] = changed;
    if (beforeStack.join() !== [...techStack].sort().join()) changedNames.push("techStack");
    await recordAudit(tx, actor, {
      action: "company.update",
      targetType: "Company",
      targetId: companyId,
      metadata: { changed: changedNames },
    });
    // A badge vouches for one domain: a website on another one is not verified (decision 033).
    const unverified = await dropStaleVerification(tx, actor, before, fields.website);
    return { slug: before.slug, changed: changedNames, unverified };
  });
}
