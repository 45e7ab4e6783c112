// Rows for tests, built with the app's own database module. Each helper takes overrides and
// generates unique values, so tests never depend on each other's rows.
import { randomUUID } from "node:crypto";
import type { Prisma, UserRole } from "@/generated/prisma/client";
import { hashPassword } from "@/server/auth/password";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

const unique = () => randomUUID().slice(0, 8);
let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct horse battery";

export async function createUser(role: UserRole, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@example.test`,
      name: `Test ${role.toLowerCase()}`,
      passwordHash: await cachedHash,
      role,
      // Confirmed unless a test says otherwise (unconfirmed accounts cannot apply or post).
      emailVerifiedAt: new Date(),
      ...overrides,
    },
  });
}

export async function createCompany(overrides: Partial<Prisma.CompanyUncheckedCreateInput> = {}) {
  const id = unique();
  return db.company.create({ data: { name: `Company ${id}`, slug: `company-${id}`, ...overrides } });
}

/** An employer who owns a fresh company, plus the Actor the app would build for them. */
export async function createEmployer() {
  const company = await createCompany();
  const user = await createUser("EMPLOYER");
  await db.companyMember.create({ data: { companyId: company.id, userId: user.id, role: "OWNER" } });
  return { user, company, actor: actorFor(user, company.id) };
}

export async function createCandidate() {
  const user = await createUser("CANDIDATE");
  await db.candidateProfile.create({ data: { userId: user.id } });
  return { user, actor: actorFor(user) };
}

export async function createAdmin() {
  const user = await createUser("ADMIN");
  return { user, actor: actorFor(user) };
}

export function actorFor(
  user: { id: string; email: string; name: string; role: UserRole },
  companyId: string | null = null,
): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, companyId };
}

export async function createLevel(overrides: Partial<Prisma.SeniorityLevelCreateInput> = {}) {
  const id = unique();
  return db.seniorityLevel.create({
    data: {
      slug: `level-${id}`,
      name: `Level ${id}`,
      rank: Math.floor(Math.random() * 1_000_000) + 100,
      typicalYearsMin: 8,
      scope: "Scope of the level.",
      changeFromBelow: "What changes from the level below.",
      ...overrides,
    },
  });
}

export async function createSkill(overrides: Partial<Prisma.SkillCreateInput> = {}) {
  const id = unique();
  return db.skill.create({ data: { slug: `skill-${id}`, name: `Skill ${id}`, category: "LANGUAGE", ...overrides } });
}

export async function createRegion(overrides: Partial<Prisma.RegionCreateInput> = {}) {
  const id = unique();
  return db.region.create({ data: { code: `region-${id}`, name: `Region ${id}`, countries: ["DE", "FR"], ...overrides } });
}

const DAY = 24 * 60 * 60 * 1000;

/** A listing in any state; PUBLISHED ones are live (published yesterday, expiring in 29 days) unless overridden. */
export async function createListing(companyId: string, overrides: Partial<Prisma.ListingUncheckedCreateInput> = {}) {
  const id = unique();
  const levelId = overrides.levelId ?? (await createLevel()).id;
  const status = overrides.status ?? "PUBLISHED";
  const now = Date.now();
  const published =
    status === "PUBLISHED"
      ? { publishedAt: new Date(now - DAY), confirmedAt: new Date(now - DAY), expiresAt: new Date(now + 29 * DAY) }
      : {};
  return db.listing.create({
    data: {
      slug: `listing-${id}`,
      companyId,
      levelId,
      title: `Staff Backend Architect ${id}`,
      description: "Design the service boundaries of a payments platform. ".repeat(6),
      status,
      salaryMin: 200_000,
      salaryMax: 250_000,
      salaryCurrency: "USD",
      salaryPeriod: "YEAR",
      annualUsdMin: 200_000,
      annualUsdMax: 250_000,
      worldwide: true,
      visaPolicy: "NOT_REQUIRED",
      engagementModel: "EMPLOYEE",
      submittedAt: status === "DRAFT" ? null : new Date(now - 2 * DAY),
      ...published,
      // The database insists a rejection says why.
      ...(status === "REJECTED" ? { rejectionReason: "Pay range missing its upper bound." } : {}),
      ...overrides,
    },
  });
}

export async function createIndustry(overrides: Partial<Prisma.IndustryCreateInput> = {}) {
  const id = unique();
  return db.industry.create({
    data: { slug: `industry-${id}`, name: `Industry ${id}`, whatItValues: "What it values.", ...overrides },
  });
}
