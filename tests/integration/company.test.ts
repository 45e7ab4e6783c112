import { beforeEach, describe, expect, it } from "vitest";
import sitemap from "@/app/sitemap";
import { absoluteUrl } from "@/lib/site-url";
import { executeAction } from "@/server/action";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { updateCompanyDefinition } from "@/server/companies/actions";
import { findPublicCompany } from "@/server/companies/public";
import { getOwnResponsiveness, getPublicResponsiveness } from "@/server/companies/responsiveness";
import { getOwnCompany } from "@/server/companies/settings";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import {
  actorFor,
  createCandidate,
  createEmployer,
  createIndustry,
  createListing,
  createSkill,
  createUser,
} from "../setup/factories";

// Company settings (owners edit, recruiters read) and the public company page (issue 10).

beforeEach(resetDatabase);

async function recruiterOf(companyId: string) {
  const user = await createUser("EMPLOYER");
  await db.companyMember.create({ data: { companyId, userId: user.id, role: "RECRUITER" } });
  return actorFor(user, companyId);
}

const companyRow = (id: string) =>
  db.company.findUniqueOrThrow({ where: { id }, include: { techStack: { select: { skillId: true } } } });

async function validInput() {
  const industry = await createIndustry({ name: "Payments" });
  const kafka = await createSkill({ name: "Kafka" });
  const go = await createSkill({ name: "Go" });
  return {
    input: {
      name: "Ledgerline",
      website: "https://ledgerline.example",
      size: "SIZE_51_200",
      industryId: industry.id,
      remotePolicy: "Remote-first across Europe, async by default.",
      description: "We build the ledger behind payouts.",
      techStack: [kafka.id, go.id],
    },
    industry,
    skills: [kafka, go],
  };
}

describe("saving the company profile", () => {
  it("an owner saves every field and the tech stack; audited with the changed fields; caches of its pages expire", async () => {
    const owner = await createEmployer();
    const { input, industry, skills } = await validInput();

    const outcome = await executeAction(updateCompanyDefinition, owner.actor, input);
    expect(outcome).toMatchObject({ ok: true, state: { message: "Company profile saved." }, tags: [LISTINGS_TAG] });
    const stored = await companyRow(owner.company.id);
    expect(stored).toMatchObject({
      name: "Ledgerline",
      slug: owner.company.slug, // a rename keeps the page's address
      website: "https://ledgerline.example/",
      size: "SIZE_51_200",
      industryId: industry.id,
      remotePolicy: "Remote-first across Europe, async by default.",
      description: "We build the ledger behind payouts.",
    });
    expect(stored.techStack.map((s) => s.skillId).sort()).toEqual(skills.map((s) => s.id).sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "company.update", targetId: owner.company.id } });
    expect(audit.actorId).toBe(owner.user.id);
    expect((audit.metadata as { changed: string[] }).changed.sort()).toEqual(
      ["name", "website", "size", "industryId", "remotePolicy", "description", "techStack"].sort(),
    );

    // Saving the same again says nothing changed; a smaller stack replaces the old one.
    const same = await executeAction(updateCompanyDefinition, owner.actor, input);
    expect(same).toMatchObject({ ok: true, state: { message: expect.stringMatching(/^Nothing to change/) } });
    const smaller = await executeAction(updateCompanyDefinition, owner.actor, { ...input, techStack: skills[1]!.id });
    expect(smaller).toMatchObject({ ok: true, result: { changed: ["techStack"] } });
    expect((await companyRow(owner.company.id)).techStack).toEqual([{ skillId: skills[1]!.id }]);
  });

  it("a website without a scheme gets https; other schemes and nonsense are refused beside the field, unchanged", async () => {
    const owner = await createEmployer();
    const { input } = await validInput();

    const bare = await executeAction(updateCompanyDefinition, owner.actor, { ...input, website: "ledgerline.example/about" });
    expect(bare).toMatchObject({ ok: true });
    expect((await companyRow(owner.company.id)).website).toBe("https://ledgerline.example/about");

    for (const website of [
      "javascript:alert(1)",
      "ftp://ledgerline.example",
      "https://",
      "not a url",
      "https://user:pw@evil.example",
    ]) {
      const outcome = await executeAction(updateCompanyDefinition, owner.actor, { ...input, name: "Changed", website });
      expect(outcome, website).toMatchObject({
        ok: false,
        state: { fieldErrors: { website: [expect.any(String)] }, values: { website } },
      });
    }
    expect((await companyRow(owner.company.id)).name).toBe("Ledgerline");
  });

  it("refuses an unknown industry or skill and a missing name, beside each field, changing nothing", async () => {
    const owner = await createEmployer();
    const { input } = await validInput();
    const outcome = await executeAction(updateCompanyDefinition, owner.actor, {
      ...input,
      industryId: "clnotanindustrynotanindus",
      techStack: ["clnotaskillnotaskillnotas"],
    });
    expect(outcome).toMatchObject({
      ok: false,
      state: {
        fieldErrors: { industryId: ["Choose an industry from the list."], techStack: ["Choose technologies from the list."] },
      },
    });
    const empty = await executeAction(updateCompanyDefinition, owner.actor, { ...input, name: " ", size: "HUGE" });
    expect(empty).toMatchObject({
      ok: false,
      state: { fieldErrors: { name: ["Enter the company's name."], size: ["Choose a size from the list."] } },
    });
    expect((await companyRow(owner.company.id)).name).toBe(owner.company.name);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("saves headquarters, the structured remote policy and benefits; overlap hours only with core hours", async () => {
    const owner = await createEmployer();
    const { input } = await validInput();
    const full = {
      ...input,
      headquarters: " Lisbon, Portugal ",
      remoteModel: "REMOTE_FIRST",
      meetingStyle: "CORE_HOURS",
      coreOverlapHours: "3",
      offsitesPerYear: "2",
      benefits: "Learning budget\nHome-office allowance",
    };
    expect(await executeAction(updateCompanyDefinition, owner.actor, full)).toMatchObject({ ok: true });
    expect(await companyRow(owner.company.id)).toMatchObject({
      headquarters: "Lisbon, Portugal",
      remoteModel: "REMOTE_FIRST",
      meetingStyle: "CORE_HOURS",
      coreOverlapHours: 3,
      offsitesPerYear: 2,
      benefits: "Learning budget\nHome-office allowance",
      remotePolicy: input.remotePolicy,
    });
    const page = await findPublicCompany(owner.company.slug);
    expect(page).toMatchObject({ headquarters: "Lisbon, Portugal", remoteModel: "REMOTE_FIRST", offsitesPerYear: 2 });

    // Mostly async: the overlap hours sent along describe nothing and are dropped.
    await executeAction(updateCompanyDefinition, owner.actor, { ...full, meetingStyle: "MOSTLY_ASYNC", offsitesPerYear: "" });
    expect(await companyRow(owner.company.id)).toMatchObject({
      meetingStyle: "MOSTLY_ASYNC",
      coreOverlapHours: null,
      offsitesPerYear: null,
    });
  });

  it("refuses out-of-range and unknown remote-policy values beside each field, changing nothing", async () => {
    const owner = await createEmployer();
    const { input } = await validInput();
    const outcome = await executeAction(updateCompanyDefinition, owner.actor, {
      ...input,
      remoteModel: "OFFICE_ONLY",
      meetingStyle: "CORE_HOURS",
      coreOverlapHours: "12",
      offsitesPerYear: "-1",
      headquarters: "x".repeat(121),
      benefits: "y".repeat(2001),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok && outcome.state.status === "error") {
      expect(Object.keys(outcome.state.fieldErrors ?? {}).sort()).toEqual(
        ["benefits", "coreOverlapHours", "headquarters", "offsitesPerYear", "remoteModel"].sort(),
      );
    }
    expect((await companyRow(owner.company.id)).name).toBe(owner.company.name);
  });

  it("a recruiter is refused and nothing changes; they still read the profile", async () => {
    const owner = await createEmployer();
    const recruiter = await recruiterOf(owner.company.id);
    const { input } = await validInput();

    const outcome = await executeAction(updateCompanyDefinition, recruiter, input);
    expect(outcome).toMatchObject({ ok: false, state: { message: "Only the company's owners can do that." } });
    expect((await companyRow(owner.company.id)).name).toBe(owner.company.name);
    expect(await db.auditLog.count()).toBe(0);
    expect(await getOwnCompany(recruiter)).toMatchObject({ id: owner.company.id, role: "RECRUITER" });
  });

  it("only ever changes the actor's own company: a companyId in the input is ignored", async () => {
    const owner = await createEmployer();
    const other = await createEmployer();
    const { input } = await validInput();

    const outcome = await executeAction(updateCompanyDefinition, other.actor, { ...input, companyId: owner.company.id });
    expect(outcome).toMatchObject({ ok: true });
    expect((await companyRow(owner.company.id)).name).toBe(owner.company.name);
    expect((await companyRow(other.company.id)).name).toBe("Ledgerline");
  });

  it("an employer who is no member (removed since signing in) gets not found", async () => {
    const owner = await createEmployer();
    const { input } = await validInput();
    await db.companyMember.deleteMany({ where: { userId: owner.user.id } });

    const outcome = await executeAction(updateCompanyDefinition, owner.actor, input);
    expect(outcome).toMatchObject({ ok: false, state: { message: "Company not found." } });
    expect(await getOwnCompany(owner.actor)).toBeNull();
  });

  it("a suspended company's profile cannot change: a conflict, unchanged", async () => {
    const owner = await createEmployer();
    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    const { input } = await validInput();

    const outcome = await executeAction(updateCompanyDefinition, owner.actor, input);
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/suspended/) } });
    expect((await companyRow(owner.company.id)).name).toBe(owner.company.name);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("the public company page", () => {
  it("shows the profile, tech stack and only the live roles; a suspended company has no page", async () => {
    const owner = await createEmployer();
    const { input } = await validInput();
    await executeAction(updateCompanyDefinition, owner.actor, input);
    const live = await createListing(owner.company.id);
    await createListing(owner.company.id, { status: "DRAFT" });
    await createListing(owner.company.id, { status: "PUBLISHED", expiresAt: new Date(Date.now() - 1000) });

    const page = await findPublicCompany(owner.company.slug);
    expect(page).toMatchObject({
      name: "Ledgerline",
      website: "https://ledgerline.example/",
      techStack: [{ name: "Go" }, { name: "Kafka" }],
      listings: [
        expect.objectContaining({
          id: live.id,
          company: { id: owner.company.id, name: "Ledgerline", slug: owner.company.slug, verifiedAt: null, logoVersion: null },
        }),
      ],
    });
    expect(await findPublicCompany("no-such-company")).toBeNull();

    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED" } });
    expect(await findPublicCompany(owner.company.slug)).toBeNull();
  });

  it("is in the sitemap while the company has a live role and is active", async () => {
    const withRole = await createEmployer();
    const withoutRole = await createEmployer();
    const suspended = await createEmployer();
    await createListing(withRole.company.id);
    await createListing(suspended.company.id);
    await db.company.update({ where: { id: suspended.company.id }, data: { status: "SUSPENDED" } });

    const urls = (await sitemap()).map((e) => e.url);
    expect(urls).toContain(absoluteUrl(`/companies/${withRole.company.slug}`));
    expect(urls).not.toContain(absoluteUrl(`/companies/${withoutRole.company.slug}`));
    expect(urls).not.toContain(absoluteUrl(`/companies/${suspended.company.slug}`));
  });
});

describe("responsiveness", () => {
  const DAY = 24 * 60 * 60 * 1000;

  async function applications(listingId: string, count: number, answered: (i: number) => boolean) {
    for (let i = 0; i < count; i++) {
      const candidate = await createCandidate();
      const createdAt = new Date(Date.now() - (20 + i) * DAY);
      await db.application.create({
        data: {
          listingId,
          candidateId: candidate.user.id,
          coverNote: "I would like to build your ledger.",
          status: answered(i) ? "REVIEWING" : "NEW",
          createdAt,
          respondedAt: answered(i) ? new Date(createdAt.getTime() + 2 * DAY) : null,
        },
      });
    }
  }

  it("the employer always sees the figures; candidates only from 10 counted applications", async () => {
    const owner = await createEmployer();
    const listing = await createListing(owner.company.id);
    await applications(listing.id, 9, (i) => i % 3 !== 0);
    const viewedAt = new Date(Date.now() - DAY);
    await db.application.updateMany({ where: { listingId: listing.id, status: "NEW" }, data: { viewedAt } });

    expect(await getOwnResponsiveness(owner.actor)).toEqual({
      counted: 9,
      respondedWithin14Days: 6 / 9,
      medianResponseHours: 48,
      public: false,
      lastActiveAt: viewedAt,
    });
    expect(await getPublicResponsiveness(owner.company.slug)).toBeNull();

    await applications(listing.id, 1, () => true);
    expect(await getPublicResponsiveness(owner.company.slug)).toMatchObject({
      counted: 10,
      respondedWithin14Days: 0.7,
      public: true,
    });

    // Another company's figures are its own; a suspended company shows none.
    const other = await createEmployer();
    expect(await getOwnResponsiveness(other.actor)).toMatchObject({ counted: 0, lastActiveAt: null });
    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED" } });
    expect(await getPublicResponsiveness(owner.company.slug)).toBeNull();
  });
});
