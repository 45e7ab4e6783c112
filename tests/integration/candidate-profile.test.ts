import { beforeEach, describe, expect, it } from "vitest";
import { toAnnualUsd } from "@/lib/pay";
import { executeAction } from "@/server/action";
import { saveProfileDefinition } from "@/server/candidates/actions";
import { db } from "@/server/db";
import { describeViewerListing } from "@/server/viewer/listing";
import { describeViewer } from "@/server/viewer/viewer";
import { resetDatabase } from "../setup/db";
import {
  createAdmin,
  createCandidate,
  createCompany,
  createEmployer,
  createLevel,
  createListing,
  createSkill,
} from "../setup/factories";

// /account/profile: the candidate's own profile, which the eligibility verdict and search defaults read.

beforeEach(resetDatabase);

const base = {
  name: "Ada Lovelace",
  headline: "Backend architect, payments",
  yearsExperience: "12",
  country: "DE",
  timezone: "europe/berlin",
  workDayStart: "09:00",
  workDayEnd: "17:00",
  workAuthorizations: ["DE", "FR"],
  minPayAmount: "10,000",
  minPayCurrency: "EUR",
  minPayPeriod: "MONTH",
  githubUrl: "https://github.com/ada",
  linkedinUrl: "https://www.linkedin.com/in/ada",
  websiteUrl: "http://ada.example.org/about",
};

async function profileRow(userId: string) {
  return db.candidateProfile.findUnique({
    where: { userId },
    include: { skills: true, levels: true, user: { select: { name: true } } },
  });
}

describe("saving the profile", () => {
  it("stores every field, normalises the timezone and the pay, and renames the account", async () => {
    const candidate = await createCandidate();
    const skill = await createSkill();
    const level = await createLevel();

    const outcome = await executeAction(saveProfileDefinition, candidate.actor, {
      ...base,
      skills: [skill.id],
      levels: level.id,
    });

    expect(outcome.ok).toBe(true);
    const row = await profileRow(candidate.user.id);
    expect(row).toMatchObject({
      headline: "Backend architect, payments",
      yearsExperience: 12,
      country: "DE",
      timezone: "Europe/Berlin",
      workDayStartMinutes: 540,
      workDayEndMinutes: 1020,
      workAuthorizations: ["DE", "FR"],
      minPayAmount: 10_000,
      minPayCurrency: "EUR",
      minPayPeriod: "MONTH",
      salaryExpectationUsd: toAnnualUsd(10_000, "EUR", "MONTH"),
      githubUrl: "https://github.com/ada",
      linkedinUrl: "https://www.linkedin.com/in/ada",
      websiteUrl: "http://ada.example.org/about",
      user: { name: "Ada Lovelace" },
    });
    expect(row!.salaryExpectationUsd).toBeGreaterThan(120_000);
    expect(row!.skills.map((s) => s.skillId)).toEqual([skill.id]);
    expect(row!.levels.map((l) => l.levelId)).toEqual([level.id]);
  });

  it("creates the profile for a candidate who has none yet, and a second save replaces skills", async () => {
    const candidate = await createCandidate();
    await db.candidateProfile.delete({ where: { userId: candidate.user.id } });
    const [first, second] = [await createSkill(), await createSkill()];

    expect((await executeAction(saveProfileDefinition, candidate.actor, { ...base, skills: [first.id] })).ok).toBe(true);
    expect((await executeAction(saveProfileDefinition, candidate.actor, { ...base, skills: [second.id] })).ok).toBe(true);

    expect((await profileRow(candidate.user.id))!.skills.map((s) => s.skillId)).toEqual([second.id]);
  });

  it("keeps the match preferences as ticked, and an unticked box (absent from the form) clears them", async () => {
    const candidate = await createCandidate();
    const before = await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.user.id } });
    await executeAction(saveProfileDefinition, candidate.actor, { ...base, avoidOnCall: "on", avoidTakeHome: "on" });
    const ticked = await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.user.id } });
    expect(ticked).toMatchObject({ avoidOnCall: true, avoidTakeHome: true });
    // Saving moves the profile's version, which keys the cached best-match pages (decision 035).
    expect(ticked.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    await executeAction(saveProfileDefinition, candidate.actor, { ...base, avoidTakeHome: "on" });
    expect(await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.user.id } })).toMatchObject({
      avoidOnCall: false,
      avoidTakeHome: true,
    });
  });

  it("blank optional fields clear them", async () => {
    const candidate = await createCandidate();
    await executeAction(saveProfileDefinition, candidate.actor, base);

    const outcome = await executeAction(saveProfileDefinition, candidate.actor, {
      name: "Ada",
      country: "",
      timezone: "",
      headline: " ",
      minPayAmount: "",
      githubUrl: "",
      workDayStart: "08:00",
      workDayEnd: "16:30",
    });

    expect(outcome.ok).toBe(true);
    expect(await profileRow(candidate.user.id)).toMatchObject({
      country: null,
      timezone: null,
      headline: null,
      minPayAmount: null,
      salaryExpectationUsd: null,
      githubUrl: null,
      workAuthorizations: [],
      workDayStartMinutes: 480,
      workDayEndMinutes: 990,
    });
  });

  it("only ever writes the signed-in candidate's own profile, whatever ids the input names", async () => {
    const owner = await createCandidate();
    const other = await createCandidate();
    await executeAction(saveProfileDefinition, owner.actor, base);
    const before = await profileRow(owner.user.id);

    const outcome = await executeAction(saveProfileDefinition, other.actor, {
      ...base,
      name: "Mallory",
      country: "JP",
      userId: owner.user.id,
      candidateId: owner.user.id,
    });

    expect(outcome.ok).toBe(true);
    expect(await profileRow(owner.user.id)).toEqual(before);
    expect(await profileRow(other.user.id)).toMatchObject({ country: "JP", user: { name: "Mallory" } });
  });

  it("refuses employers, admins and anonymous visitors, changing nothing", async () => {
    const employer = await createEmployer();
    const admin = await createAdmin();
    const profilesBefore = await db.candidateProfile.count();

    for (const actor of [employer.actor, admin.actor]) {
      const outcome = await executeAction(saveProfileDefinition, actor, base);
      expect(outcome).toMatchObject({ ok: false, state: { message: "You are not allowed to do that." } });
    }
    expect(await executeAction(saveProfileDefinition, null, base)).toMatchObject({
      ok: false,
      state: { message: "Please sign in to continue." },
    });
    expect(await db.candidateProfile.count()).toBe(profilesBefore);
    expect((await db.user.findUniqueOrThrow({ where: { id: employer.user.id } })).name).toBe(employer.user.name);
  });

  it.each([
    ["timezone", { timezone: "Mars/Olympus" }],
    ["timezone", { timezone: "UTC+25:00" }],
    ["country", { country: "XX" }],
    ["workAuthorizations", { workAuthorizations: ["DE", "Narnia"] }],
    ["workDayEnd", { workDayStart: "17:00", workDayEnd: "09:00" }],
    ["workDayStart", { workDayStart: "25:00" }],
    ["githubUrl", { githubUrl: "javascript:alert(1)" }],
    ["githubUrl", { githubUrl: "https://evil.example/github.com" }],
    ["linkedinUrl", { linkedinUrl: "ftp://linkedin.com/in/ada" }],
    ["websiteUrl", { websiteUrl: "ada.example.org" }],
    ["minPayCurrency", { minPayCurrency: "XYZ" }],
    ["minPayAmount", { minPayAmount: "-5" }],
    ["yearsExperience", { yearsExperience: "200" }],
    ["name", { name: "  " }],
    ["headline", { headline: "x".repeat(141) }],
    ["skills", { skills: ["ckxxxxxxxxxxxxxxxxxxxxxxxx"] }],
    ["levels", { levels: ["ckxxxxxxxxxxxxxxxxxxxxxxxx"] }],
  ])("bad %s input is refused beside the field and changes nothing", async (field, change) => {
    const candidate = await createCandidate();
    await executeAction(saveProfileDefinition, candidate.actor, base);
    const before = await profileRow(candidate.user.id);

    const outcome = await executeAction(saveProfileDefinition, candidate.actor, { ...base, ...change });

    expect(outcome.ok).toBe(false);
    expect(outcome.state).toMatchObject({ status: "error", fieldErrors: { [field]: [expect.any(String)] } });
    expect(await profileRow(candidate.user.id)).toEqual(before);
  });
});

describe("what the profile drives", () => {
  async function windowedListing() {
    // 07:00–15:00 UTC with four hours of overlap, open only to candidates authorised in Germany.
    return createListing((await createCompany()).id, {
      worldwide: false,
      eligibleCountries: ["DE"],
      tzWindowStartUtc: 7 * 60,
      tzWindowEndUtc: 15 * 60,
      tzRequiredOverlapHours: 4,
      visaPolicy: "MUST_HAVE_AUTHORIZATION",
    });
  }

  it("a new candidate's verdict asks for each missing part and links to its field", async () => {
    const listing = await windowedListing();
    const candidate = await createCandidate();

    const verdict = (await describeViewerListing(candidate.actor, listing.slug))!.eligibility!;

    expect(verdict.verdict).toBe("check");
    expect(verdict.country).toMatchObject({ verdict: "check", fix: "country" });
    expect(verdict.timezone).toMatchObject({ verdict: "check", fix: "timezone" });
    expect(verdict.authorisation).toMatchObject({ verdict: "check", fix: "workAuthorizations" });
  });

  it("the verdict follows the saved country, timezone, authorisations and working hours", async () => {
    const listing = await windowedListing();
    const candidate = await createCandidate();
    // Use a fixed offset so the test does not depend on daylight saving.
    await executeAction(saveProfileDefinition, candidate.actor, { ...base, timezone: "UTC+01:00", workAuthorizations: "DE" });

    expect((await describeViewerListing(candidate.actor, listing.slug))!.eligibility!.verdict).toBe("eligible");

    // An evening worker in the same place: 18:00–23:00 local is 17:00–22:00 UTC, no overlap with 07:00–15:00.
    await executeAction(saveProfileDefinition, candidate.actor, {
      ...base,
      timezone: "UTC+01:00",
      workAuthorizations: "DE",
      workDayStart: "18:00",
      workDayEnd: "23:00",
    });
    const evening = (await describeViewerListing(candidate.actor, listing.slug))!.eligibility!;
    expect(evening.verdict).toBe("not_eligible");
    expect(evening.timezone.reason).toContain("18:00–23:00");

    await executeAction(saveProfileDefinition, candidate.actor, { ...base, country: "JP", timezone: "Asia/Tokyo" });
    expect((await describeViewerListing(candidate.actor, listing.slug))!.eligibility!.verdict).toBe("not_eligible");
  });

  it("search defaults come from the saved country and timezone", async () => {
    const candidate = await createCandidate();
    await executeAction(saveProfileDefinition, candidate.actor, { ...base, country: "pt", timezone: "Europe/Lisbon" });
    expect((await describeViewer(candidate.actor)).searchDefaults).toEqual({ country: "PT", tz: "Europe/Lisbon" });
  });
});
