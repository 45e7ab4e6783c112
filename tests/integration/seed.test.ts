import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalisePay } from "@/lib/pay";
import { formValuesFrom } from "@/lib/listing-form-values";
import { payTransparencyProblems } from "@/lib/pay-transparency";
import { listingSchema } from "@/lib/schemas/listing";
import { verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { getEditForReview } from "@/server/listings/published-edits";
import type { SeedSummary } from "../../prisma/seed/index";
import { generateListings, LISTING_COUNT } from "../../prisma/seed/listings";
import { DEMO_PASSWORD } from "../../prisma/seed/users";
import { resetDatabase } from "../setup/db";
import { actorFor } from "../setup/factories";
import { seedDemoData, seedStorage } from "../setup/seed-demo";

/** Everything the seed writes that a second run could change, in a stable order. */
async function snapshot() {
  return {
    listings: await db.listing.findMany({ orderBy: { slug: "asc" } }),
    listingSkills: await db.listingSkill.findMany({ orderBy: [{ listingId: "asc" }, { skillId: "asc" }] }),
    companies: await db.company.findMany({ orderBy: { slug: "asc" }, omit: { updatedAt: true } }),
    users: await db.user.findMany({ orderBy: { email: "asc" }, omit: { passwordHash: false, updatedAt: true } }),
    applications: await db.application.findMany({ orderBy: { id: "asc" } }),
    reports: await db.report.findMany({ orderBy: { id: "asc" } }),
    auditLog: await db.auditLog.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("the demo seed", () => {
  let first: SeedSummary;
  let second: SeedSummary;
  let afterFirst: Awaited<ReturnType<typeof snapshot>>;
  let afterSecond: Awaited<ReturnType<typeof snapshot>>;

  // One clock for the runs that must match, so a run that straddles midnight UTC cannot differ.
  const now = new Date();

  beforeAll(async () => {
    await resetDatabase();
    first = await seedDemoData(now);
    afterFirst = await snapshot();
    second = await seedDemoData(now);
    afterSecond = await snapshot();
  });

  afterAll(async () => {
    await resetDatabase();
  });

  it("writes the expected amount of data", () => {
    expect(first.counts).toMatchObject({
      regions: 9,
      seniorityLevels: 4,
      industries: 8,
      roleProfiles: 1,
      companies: 25,
      listings: LISTING_COUNT,
      users: 9,
      candidateProfiles: 6,
      // Some demo companies have a logo, the rest show their initials.
      companyLogos: 5,
    });
    expect(first.counts.skills).toBeGreaterThanOrEqual(45);
    expect(first.listingsByStatus.PUBLISHED).toBeGreaterThan(200);
    for (const status of ["PENDING_REVIEW", "DRAFT", "REJECTED", "CLOSED", "EXPIRED"]) {
      expect(first.listingsByStatus[status], status).toBeGreaterThan(0);
    }
  });

  it("stores the demo logos as 128 px WebP and seeds views per day for published listings", async () => {
    const { default: sharp } = await import("sharp");
    const withLogo = await db.company.findMany({ where: { logoKey: { not: null } }, select: { logoKey: true } });
    for (const company of withLogo) {
      const bytes = (await seedStorage.get(company.logoKey!))!;
      expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 128, height: 128 });
    }
    const published = await db.listing.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    expect(await db.listingViewDay.count({ where: { listingId: published.id } })).toBeGreaterThan(0);
    expect(await db.listingViewDay.count({ where: { listing: { publishedAt: null } } })).toBe(0);
  });

  it("is idempotent: a second run changes no count and no row", () => {
    expect(second.counts).toEqual(first.counts);
    expect(second.listingsByStatus).toEqual(first.listingsByStatus);
    expect(afterSecond).toEqual(afterFirst);
  });

  it("lets every demo account sign in with the demo password", async () => {
    const accounts = await db.user.findMany({
      where: { email: { in: first.demoAccounts.map((a) => a.email) } },
      select: { email: true, role: true, passwordHash: true },
    });
    expect(accounts.map((a) => a.role).sort()).toEqual(["ADMIN", "CANDIDATE", "EMPLOYER", "EMPLOYER"]);
    for (const account of accounts) {
      expect(await verifyPassword(account.passwordHash!, DEMO_PASSWORD), account.email).toBe(true);
      expect(await verifyPassword(account.passwordHash!, "not-the-password")).toBe(false);
    }
  });

  it("stores pay consistent with the normalisation rules", async () => {
    const listings = await db.listing.findMany({ include: { _count: { select: { skills: true } } } });
    expect(listings).toHaveLength(LISTING_COUNT);
    for (const l of listings) {
      expect(l.salaryMin, l.slug).toBeLessThanOrEqual(l.salaryMax);
      expect(normalisePay(l), l.slug).toEqual({
        annualUsdMin: l.annualUsdMin,
        annualUsdMax: l.annualUsdMax,
      });
      expect(l._count.skills, l.slug).toBeGreaterThanOrEqual(3);
      expect(l._count.skills, l.slug).toBeLessThanOrEqual(6);
      expect(l.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("lets every published or pending demo listing meet the pay-transparency rules in force, with answers shown", async () => {
    const regions = await db.region.findMany();
    const listings = await db.listing.findMany({ where: { status: { in: ["PUBLISHED", "PENDING_REVIEW"] } } });
    expect(listings.length).toBeGreaterThan(200);
    for (const l of listings) {
      const countries = [
        ...l.eligibleCountries,
        ...regions.filter((r) => l.eligibleRegions.includes(r.code)).flatMap((r) => r.countries),
      ];
      const reach = { ...l, countries, states: l.eligibleStates, provinces: l.eligibleProvinces };
      expect(payTransparencyProblems(reach, new Date()), l.slug).toEqual({});
      expect(l.existingVacancy, l.slug).not.toBeNull();
      expect(l.salaryProvidedAt, l.slug).not.toBeNull();
    }
    expect(listings.some((l) => l.applicationsCloseOn !== null)).toBe(true);
  });

  it("keeps published listings live and lifecycle fields coherent", async () => {
    const now = Date.now();
    const listings = await db.listing.findMany();
    for (const l of listings) {
      if (l.status === "PUBLISHED") {
        expect(l.expiresAt!.getTime(), l.slug).toBeGreaterThan(now);
        expect(l.publishedAt!.getTime(), l.slug).toBeLessThanOrEqual(now);
        expect(now - l.publishedAt!.getTime()).toBeLessThan(30 * 24 * 3600 * 1000);
      }
      if (l.status === "EXPIRED") expect(l.expiresAt!.getTime()).toBeLessThan(now);
      if (l.status === "REJECTED") expect(l.rejectionReason).toBeTruthy();
      if (l.status === "PENDING_REVIEW") expect(l.submittedAt).not.toBeNull();
      if (l.status === "DRAFT") expect(l.publishedAt).toBeNull();
      expect(l.createdAt.getTime()).toBeLessThanOrEqual(now);
    }
  });

  it("gives the demo employer a company with published and pending listings and applicants", async () => {
    const membership = await db.companyMember.findFirstOrThrow({
      where: { user: { email: "employer@backplane.test" } },
      include: { company: { include: { listings: { include: { _count: { select: { applications: true } } } } } } },
    });
    expect(membership.role).toBe("OWNER");
    const statuses = new Set(membership.company.listings.map((l) => l.status));
    expect(statuses).toContain("PUBLISHED");
    expect(statuses).toContain("PENDING_REVIEW");
    const applications = membership.company.listings.reduce((n, l) => n + l._count.applications, 0);
    expect(applications).toBeGreaterThanOrEqual(5);
  });

  it("gives the demo employer a published listing with a pay edit waiting for review", async () => {
    const waiting = await db.listing.findMany({
      where: { pendingEditAt: { not: null }, company: { members: { some: { user: { email: "employer@backplane.test" } } } } },
    });
    expect(waiting.map((l) => l.status)).toEqual(["PUBLISHED"]);
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@backplane.test" } });
    const review = await getEditForReview(actorFor(admin), waiting[0]!.id);
    expect(review!.changes.map((c) => c.name)).toEqual(["salaryMax"]);
    // A moderator can approve it: the waiting form still meets the listing rules, and raises the pay.
    const edit = listingSchema.safeParse(formValuesFrom(waiting[0]!.pendingEdit));
    expect(edit.success, JSON.stringify(edit.error?.issues)).toBe(true);
    expect(edit.data!.salaryMax).toBeGreaterThan(waiting[0]!.salaryMax);
  });

  it("seeds the role profile, the ladder and the EU region as structured rows", async () => {
    const profile = await db.roleProfile.findUniqueOrThrow({
      where: { slug: "remote-backend-architect" },
      include: { responsibilities: true, interviewTopics: true, faqs: true, skills: true },
    });
    expect(profile.responsibilities).toHaveLength(6);
    expect(profile.interviewTopics.length).toBeGreaterThanOrEqual(4);
    expect(profile.faqs).toHaveLength(3);
    expect(profile.skills.some((s) => s.essential)).toBe(true);
    const ranks = (await db.seniorityLevel.findMany({ orderBy: { rank: "asc" } })).map((l) => l.slug);
    expect(ranks).toEqual(["senior", "staff", "principal", "head"]);
    const eu = await db.region.findUniqueOrThrow({ where: { code: "eu" } });
    expect(eu.countries).toHaveLength(27);
    expect(eu.countries).not.toContain("GB");
  });

  it("restores seeded rows that were changed, without adding any", async () => {
    const target = afterFirst.listings.find((l) => l.status === "PUBLISHED")!;
    await db.listing.update({ where: { id: target.id }, data: { status: "CLOSED", title: "Edited" } });
    await db.user.update({ where: { email: "admin@backplane.test" }, data: { status: "SUSPENDED", passwordHash: "broken" } });

    const third = await seedDemoData(now);

    expect(third.counts).toEqual(first.counts);
    const restored = await db.listing.findUniqueOrThrow({ where: { id: target.id } });
    expect(restored.status).toBe("PUBLISHED");
    expect(restored.title).toBe(target.title);
    const admin = await db.user.findUniqueOrThrow({
      where: { email: "admin@backplane.test" },
      select: { status: true, passwordHash: true },
    });
    expect(admin.status).toBe("ACTIVE");
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it("moves the whole demo forward when run on a later day, still without duplicates", async () => {
    const fourth = await seedDemoData(new Date(now.getTime() + 7 * 24 * 3600 * 1000));
    expect(fourth.counts).toEqual(first.counts);
    expect(Date.parse(fourth.anchor) - Date.parse(first.anchor)).toBe(7 * 24 * 3600 * 1000);
    const before = afterFirst.listings.find((l) => l.status === "PUBLISHED")!;
    const after = await db.listing.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.publishedAt!.getTime() - before.publishedAt!.getTime()).toBe(7 * 24 * 3600 * 1000);
  });
});

describe("the listing generator", () => {
  const day = new Date(Date.UTC(2026, 10, 28));

  it("is deterministic: same anchor, same listings", () => {
    expect(generateListings(day)).toEqual(generateListings(day));
  });

  it("changes only dates when the anchor moves", () => {
    const strip = (l: ReturnType<typeof generateListings>[number]) => ({
      slug: l.slug,
      id: l.id,
      pay: l.annualUsdMin,
      status: l.status,
    });
    const later = new Date(day.getTime() + 3 * 24 * 3600 * 1000);
    expect(generateListings(later).map(strip)).toEqual(generateListings(day).map(strip));
  });

  it("gives every listing a unique slug and id", () => {
    const listings = generateListings(day);
    expect(new Set(listings.map((l) => l.slug)).size).toBe(listings.length);
    expect(new Set(listings.map((l) => l.id)).size).toBe(listings.length);
  });

  it("keeps pay within the seed's figures", () => {
    const listings = generateListings(day);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mid = (level: string) =>
      median(listings.filter((l) => l.levelSlug === level).map((l) => (l.annualUsdMin + l.annualUsdMax) / 2));
    expect(mid("staff")).toBeGreaterThanOrEqual(190_000);
    expect(mid("staff")).toBeLessThanOrEqual(290_000);
    expect(mid("senior")).toBeLessThan(mid("staff"));
    expect(mid("staff")).toBeLessThan(mid("principal"));
    expect(Math.max(...listings.map((l) => l.annualUsdMax))).toBeLessThanOrEqual(550_000);
    const narrow = listings.filter((l) => l.annualUsdMax <= 1.4 * l.annualUsdMin).length;
    expect(narrow / listings.length).toBeGreaterThan(0.85);
  });
});
