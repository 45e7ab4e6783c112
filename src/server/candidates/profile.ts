import "server-only";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { toAnnualUsd } from "@/lib/pay";
import type { CandidateProfileInput } from "@/lib/schemas/candidate-profile";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

// A candidate's own profile: read and written only for the signed-in candidate (the user id comes from
// the actor, never from input), so there is no other candidate's row to reach.

function assertCandidate(actor: Actor) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError();
}

export async function getOwnProfile(actor: Actor) {
  assertCandidate(actor);
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      candidateProfile: {
        include: { skills: { select: { skillId: true } }, levels: { select: { levelId: true } } },
      },
    },
  });
  if (!user) return null;
  const profile = user.candidateProfile;
  return {
    name: user.name,
    headline: profile?.headline ?? null,
    yearsExperience: profile?.yearsExperience ?? null,
    country: profile?.country?.trim() || null,
    timezone: profile?.timezone ?? null,
    workDayStartMinutes: profile?.workDayStartMinutes ?? 9 * 60,
    workDayEndMinutes: profile?.workDayEndMinutes ?? 17 * 60,
    workAuthorizations: profile?.workAuthorizations ?? [],
    levels: profile?.levels.map((l) => l.levelId) ?? [],
    skills: profile?.skills.map((s) => s.skillId) ?? [],
    minPayAmount: profile?.minPayAmount ?? null,
    minPayCurrency: profile?.minPayCurrency ?? null,
    minPayPeriod: profile?.minPayPeriod ?? null,
    salaryExpectationUsd: profile?.salaryExpectationUsd ?? null,
    avoidOnCall: profile?.avoidOnCall ?? false,
    avoidTakeHome: profile?.avoidTakeHome ?? false,
    githubUrl: profile?.githubUrl ?? null,
    linkedinUrl: profile?.linkedinUrl ?? null,
    websiteUrl: profile?.websiteUrl ?? null,
  };
}

export type OwnProfile = NonNullable<Awaited<ReturnType<typeof getOwnProfile>>>;

/** The parts of a profile that make the eligibility verdict and search work, for the account overview. */
export function profileCompleteness(profile: OwnProfile) {
  const parts = [
    { field: "country", label: "Country of residence", done: profile.country !== null },
    { field: "timezone", label: "Timezone", done: profile.timezone !== null },
    { field: "workAuthorizations", label: "Work authorisations", done: profile.workAuthorizations.length > 0 },
    { field: "headline", label: "Headline", done: profile.headline !== null },
    { field: "levels", label: "Levels you are looking for", done: profile.levels.length > 0 },
    { field: "skills", label: "Skills", done: profile.skills.length > 0 },
    { field: "minPayAmount", label: "Minimum pay", done: profile.minPayAmount !== null },
  ];
  return { parts, done: parts.filter((p) => p.done).length, total: parts.length };
}

async function assertKnown(ids: string[], table: "skill" | "level", field: string) {
  if (ids.length === 0) return;
  const found =
    table === "skill"
      ? await db.skill.count({ where: { id: { in: ids } } })
      : await db.seniorityLevel.count({ where: { id: { in: ids } } });
  if (found !== ids.length) {
    const message = table === "skill" ? "Choose skills from the list." : "Choose levels from the list.";
    throw new ValidationError(message, { [field]: [message] });
  }
}

/** Writes the whole profile from the form, creating it on first save. */
export async function saveOwnProfile(actor: Actor, input: CandidateProfileInput) {
  assertCandidate(actor);
  const skills = [...new Set(input.skills)];
  const levels = [...new Set(input.levels)];
  await Promise.all([assertKnown(skills, "skill", "skills"), assertKnown(levels, "level", "levels")]);

  const pay =
    input.minPayAmount !== undefined && input.minPayCurrency && input.minPayPeriod
      ? { minPayAmount: input.minPayAmount, minPayCurrency: input.minPayCurrency, minPayPeriod: input.minPayPeriod }
      : null;
  let salaryExpectationUsd: number | null = null;
  if (pay) {
    try {
      salaryExpectationUsd = toAnnualUsd(pay.minPayAmount, pay.minPayCurrency, pay.minPayPeriod);
    } catch {
      throw new ValidationError("That amount is too large.", { minPayAmount: ["That amount is too large."] });
    }
  }

  const fields = {
    headline: input.headline ?? null,
    yearsExperience: input.yearsExperience ?? null,
    country: input.country ?? null,
    timezone: input.timezone ?? null,
    workDayStartMinutes: input.workDayStart,
    workDayEndMinutes: input.workDayEnd,
    workAuthorizations: [...new Set(input.workAuthorizations)],
    minPayAmount: pay?.minPayAmount ?? null,
    minPayCurrency: pay?.minPayCurrency ?? null,
    minPayPeriod: pay?.minPayPeriod ?? null,
    salaryExpectationUsd,
    avoidOnCall: input.avoidOnCall,
    avoidTakeHome: input.avoidTakeHome,
    githubUrl: input.githubUrl ?? null,
    linkedinUrl: input.linkedinUrl ?? null,
    websiteUrl: input.websiteUrl ?? null,
  };

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name } });
    await tx.candidateProfile.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, links: [], ...fields },
      update: fields,
    });
    await tx.candidateSkill.deleteMany({ where: { candidateId: actor.id } });
    await tx.candidateSkill.createMany({ data: skills.map((skillId) => ({ candidateId: actor.id, skillId })) });
    await tx.candidateLevel.deleteMany({ where: { candidateId: actor.id } });
    await tx.candidateLevel.createMany({ data: levels.map((levelId) => ({ candidateId: actor.id, levelId })) });
  });
}
