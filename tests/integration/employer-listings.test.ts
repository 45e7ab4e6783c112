import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { normalisePay } from "@/lib/pay";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { getOwnListing, listOwnListings } from "@/server/listings/employer";
import { submitListingDefinition } from "@/server/listings/actions";
import { resetDatabase } from "../setup/db";
import { actorFor, createEmployer, createLevel, createListing, createRegion, createSkill, createUser } from "../setup/factories";

async function createVocabulary() {
  return {
    levels: [await createLevel(), await createLevel()],
    skills: [await createSkill({ name: "Go" }), await createSkill({ name: "Kafka", category: "MESSAGING" })],
    regions: {
      eu: await createRegion({ name: "European Union", countries: ["DE", "FR", "NL"] }),
      northAmerica: await createRegion({ name: "North America", countries: ["US", "CA"] }),
      apac: await createRegion({ name: "Asia-Pacific", countries: ["SG", "JP", "AU"] }),
    },
  };
}

type Vocabulary = Awaited<ReturnType<typeof createVocabulary>>;
type Employer = Awaited<ReturnType<typeof createEmployer>>;

let vocab: Vocabulary;
let employer: Employer;

beforeEach(async () => {
  await resetDatabase();
  vocab = await createVocabulary();
  employer = await createEmployer();
});

const DESCRIPTION =
  "You will own the architecture of our payments platform: service boundaries, the event backbone on Kafka, " +
  "PostgreSQL data models and the API contracts other teams build on. You will run design reviews, write decision " +
  "records and mentor senior engineers across four teams.";

/** The form as a browser would send it; `null` removes a field, an array repeats the key. */
function listingForm(overrides: Record<string, string | string[] | null> = {}): FormData {
  const fields: Record<string, string | string[] | null> = {
    title: "Staff backend architect, payments platform",
    levelId: vocab.levels[0]!.id,
    description: DESCRIPTION,
    benefits: "Private health cover, 30 days of paid leave, a learning budget.",
    salaryMin: "180,000",
    salaryMax: "240000",
    salaryCurrency: "USD",
    salaryPeriod: "YEAR",
    equity: "0.1% over four years",
    bonus: "",
    eligibleRegions: [vocab.regions.eu.code],
    eligibleCountries: "US",
    tzWindowStartUtc: "13:00",
    tzWindowEndUtc: "21:00",
    tzRequiredOverlapHours: "4",
    visaPolicy: "MUST_HAVE_AUTHORIZATION",
    engagementModel: "EMPLOYEE",
    skills: [vocab.skills[0]!.id, vocab.skills[1]!.id],
    // Open to the US: Colorado's rule asks for the closing date; a worldwide variant brings Ontario's answers.
    applicationsCloseOn: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    aiScreening: "no",
    existingVacancy: "yes",
    ...overrides,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

async function counts() {
  const [listings, skills, audits] = await Promise.all([db.listing.count(), db.listingSkill.count(), db.auditLog.count()]);
  return { listings, skills, audits };
}

describe("submitting a listing", () => {
  it("creates it in review with normalised pay, linked skills and an audit record", async () => {
    const before = await counts();
    const outcome = await executeAction(submitListingDefinition, employer.actor, listingForm());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;

    const { id, warnings } = outcome.result;
    expect(warnings).toEqual([]);
    expect(outcome.redirectTo).toBe(`/employer/listings?submitted=${id}`);
    expect(outcome.revalidate).toContain("/employer/listings");

    const row = await db.listing.findUniqueOrThrow({ where: { id }, include: { skills: true } });
    expect(row).toMatchObject({
      status: "PENDING_REVIEW",
      companyId: employer.company.id,
      createdById: employer.user.id,
      salaryMin: 180_000,
      salaryMax: 240_000,
      annualUsdMin: 180_000,
      annualUsdMax: 240_000,
      eligibleRegions: [vocab.regions.eu.code],
      eligibleCountries: ["US"],
      tzWindowStartUtc: 13 * 60,
      tzWindowEndUtc: 21 * 60,
      tzRequiredOverlapHours: 4,
      bonus: null,
    });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.slug).toMatch(/^staff-backend-architect-payments-platform-company-[a-z0-9-]+-[a-z0-9]{6}$/);
    expect(row.skills.map((s) => s.skillId).sort()).toEqual([vocab.skills[0]!.id, vocab.skills[1]!.id].sort());

    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: id } });
    expect(audit).toMatchObject({
      action: "listing.submit",
      targetType: "Listing",
      actorId: employer.user.id,
      actorEmail: employer.user.email,
    });

    expect(await counts()).toEqual({ listings: before.listings + 1, skills: before.skills + 2, audits: before.audits + 1 });
  });

  it("normalises other currencies and periods through normalisePay", async () => {
    const outcome = await executeAction(
      submitListingDefinition,
      employer.actor,
      listingForm({ salaryMin: "12000", salaryMax: "15000", salaryCurrency: "eur", salaryPeriod: "MONTH" }),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await db.listing.findUniqueOrThrow({ where: { id: outcome.result.id } });
    const expected = normalisePay({ salaryMin: 12_000, salaryMax: 15_000, salaryCurrency: "EUR", salaryPeriod: "MONTH" });
    expect(row).toMatchObject({ salaryCurrency: "EUR", ...expected });
  });

  it("accepts a wide range but warns about it", async () => {
    const outcome = await executeAction(
      submitListingDefinition,
      employer.actor,
      listingForm({ salaryMin: "100000", salaryMax: "200000" }),
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.warnings).toEqual([expect.stringMatching(/range is wide/)]);
  });

  it("accepts a window that crosses midnight, and treats worldwide as covering every location", async () => {
    const outcome = await executeAction(
      submitListingDefinition,
      employer.actor,
      listingForm({ tzWindowStartUtc: "22:00", tzWindowEndUtc: "02:00", tzRequiredOverlapHours: "4", worldwide: "on" }),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await db.listing.findUniqueOrThrow({ where: { id: outcome.result.id } });
    expect(row).toMatchObject({
      tzWindowStartUtc: 22 * 60,
      tzWindowEndUtc: 2 * 60,
      worldwide: true,
      eligibleRegions: [],
      eligibleCountries: [],
    });
  });

  it("does not ask for benefits when no pay-transparency law applies", async () => {
    const outcome = await executeAction(
      submitListingDefinition,
      employer.actor,
      listingForm({
        benefits: "",
        eligibleRegions: vocab.regions.apac.code,
        eligibleCountries: ["br", "GB"],
        tzWindowStartUtc: "",
        tzWindowEndUtc: "",
        tzRequiredOverlapHours: "",
      }),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await db.listing.findUniqueOrThrow({ where: { id: outcome.result.id } });
    expect(row).toMatchObject({
      benefits: null,
      eligibleCountries: ["BR", "GB"],
      tzWindowStartUtc: null,
      tzWindowEndUtc: null,
      tzRequiredOverlapHours: 0,
    });
  });
});

describe("refusing bad input changes nothing", () => {
  const cases: [string, () => Record<string, string | string[] | null>, string][] = [
    ["minimum above maximum", () => ({ salaryMin: "250000", salaryMax: "200000" }), "salaryMax"],
    [
      "no benefits for a US-eligible role",
      () => ({ benefits: "  ", eligibleRegions: null, eligibleCountries: "US" }),
      "benefits",
    ],
    [
      "a slogan for benefits on a US-eligible role",
      () => ({ benefits: "Competitive package, great perks!", eligibleRegions: null, eligibleCountries: "US" }),
      "benefits",
    ],
    ["no closing date for a US-eligible role", () => ({ applicationsCloseOn: "" }), "applicationsCloseOn"],
    [
      "no existing-vacancy answer for a Canada-eligible role",
      () => ({ existingVacancy: null, eligibleCountries: "CA" }),
      "existingVacancy",
    ],
    ["no benefits for a worldwide role", () => ({ benefits: null, worldwide: "on" }), "benefits"],
    [
      "no benefits for a region containing the US",
      () => ({ benefits: null, eligibleRegions: vocab.regions.northAmerica.code, eligibleCountries: null }),
      "benefits",
    ],
    ["an unsupported currency", () => ({ salaryCurrency: "XYZ" }), "salaryCurrency"],
    ["a skill outside the vocabulary", () => ({ skills: [vocab.skills[0]!.id, "clxxxxxxxxxxxxxxxxxxxxxxx"] }), "skills"],
    ["a malformed skill id", () => ({ skills: "not a skill" }), "skills"],
    ["no skills", () => ({ skills: null }), "skills"],
    [
      "more than twelve skills",
      () => ({ skills: Array.from({ length: 13 }, (_, i) => `clskill${String(i).padStart(18, "0")}`) }),
      "skills",
    ],
    ["an unknown level", () => ({ levelId: "clxxxxxxxxxxxxxxxxxxxxxxx" }), "levelId"],
    ["an unknown region", () => ({ eligibleRegions: "atlantis" }), "eligibleRegions"],
    ["an unknown country", () => ({ eligibleCountries: "ZZ" }), "eligibleCountries"],
    ["no eligibility at all", () => ({ eligibleRegions: null, eligibleCountries: null }), "eligibility"],
    ["half a timezone window", () => ({ tzWindowEndUtc: "" }), "tzWindowEndUtc"],
    [
      "an overlap longer than the window",
      () => ({ tzWindowStartUtc: "09:00", tzWindowEndUtc: "12:00", tzRequiredOverlapHours: "4" }),
      "tzRequiredOverlapHours",
    ],
    ["a short description", () => ({ description: "Too short." }), "description"],
    ["a short title", () => ({ title: "Arch" }), "title"],
    ["a non-numeric salary", () => ({ salaryMin: "lots" }), "salaryMin"],
  ];

  it.each(cases)("%s", async (_name, overrides, field) => {
    const before = await counts();
    const outcome = await executeAction(submitListingDefinition, employer.actor, listingForm(overrides()));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.state.status).toBe("error");
    if (outcome.state.status !== "error") return;
    expect(outcome.state.fieldErrors[field]?.[0]).toEqual(expect.any(String));
    // What the employer typed comes back, so the form can show it again.
    expect(outcome.state.values.title).toBe(listingForm(overrides()).get("title"));
    expect(await counts()).toEqual(before);
  });

  it("reports several problems at once", async () => {
    const outcome = await executeAction(
      submitListingDefinition,
      employer.actor,
      listingForm({ title: "", salaryMin: "300000", salaryMax: "200000", skills: null }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok && outcome.state.status === "error") {
      expect(Object.keys(outcome.state.fieldErrors)).toEqual(expect.arrayContaining(["title", "salaryMax", "skills"]));
    }
  });
});

describe("who may submit", () => {
  it.each([
    ["anonymous", async () => null],
    ["a candidate", async () => actorFor(await createUser("CANDIDATE"))],
    ["an admin", async () => actorFor(await createUser("ADMIN"))],
    ["an employer without a company", async () => actorFor(await createUser("EMPLOYER"), null)],
  ])("refuses %s and changes nothing", async (_name, makeActor) => {
    const actor = await makeActor();
    const before = await counts();
    const outcome = await executeAction(submitListingDefinition, actor, listingForm());
    expect(outcome.ok).toBe(false);
    expect(outcome.state.status === "error" && outcome.state.message).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  it("tells an employer without a company why", async () => {
    const outcome = await executeAction(submitListingDefinition, actorFor(await createUser("EMPLOYER"), null), listingForm());
    expect(outcome.state.status === "error" && outcome.state.message).toMatch(/not a member of a company/);
  });

  it("refuses an employer whose company is suspended", async () => {
    const suspended = await createEmployer();
    await db.company.update({ where: { id: suspended.company.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    const before = await counts();
    const outcome = await executeAction(submitListingDefinition, suspended.actor, listingForm());
    expect(outcome.ok).toBe(false);
    expect(await counts()).toEqual(before);
  });
});

describe("reading own listings", () => {
  it("lists only the company's listings, newest first, with rejection reasons and application counts", async () => {
    const mine = await createEmployer();
    const other = await createEmployer();
    const levelId = vocab.levels[1]!.id;
    const older = await createListing(mine.company.id, { levelId, createdAt: new Date("2026-01-01T00:00:00Z") });
    const rejected = await createListing(mine.company.id, {
      levelId,
      status: "REJECTED",
      rejectionReason: "The salary range is missing the currency.",
    });
    await createListing(other.company.id, { levelId });

    const listings = await listOwnListings(mine.actor);
    expect(listings.map((l) => l.id)).toEqual([rejected.id, older.id]);
    expect(listings[0]).toMatchObject({
      status: "REJECTED",
      rejectionReason: "The salary range is missing the currency.",
      _count: { applications: 0 },
    });
  });

  it("finds an own listing and hides another company's as not found", async () => {
    const mine = await createEmployer();
    const other = await createEmployer();
    const own = await createListing(mine.company.id, { levelId: vocab.levels[0]!.id });
    const theirs = await createListing(other.company.id, { levelId: vocab.levels[0]!.id });

    await expect(getOwnListing(mine.actor, own.id)).resolves.toMatchObject({ id: own.id, title: own.title });
    await expect(getOwnListing(mine.actor, theirs.id)).resolves.toBeNull();
    await expect(getOwnListing(mine.actor, "clnotalistingnotalisting0")).resolves.toBeNull();
  });

  it("refuses non-employers and employers without a company", async () => {
    const candidate = actorFor(await createUser("CANDIDATE"));
    const loner = actorFor(await createUser("EMPLOYER"), null);
    await expect(listOwnListings(candidate)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOwnListings(loner)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
