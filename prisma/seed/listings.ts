import type { EngagementModel, ListingStatus, VisaPolicy } from "@/generated/prisma/enums";
import { COMPANIES, DEMO_COMPANY_SLUG, type CompanySeed } from "./companies";
import type { ListingFacts } from "@/lib/listing-facts";
import { pickContract, pickEligibility, pickWindow, type TimezoneWindow } from "./eligibility";
import { generateFacts } from "./facts";
import { INDUSTRIES } from "./industries";
import type { LevelSlug } from "./levels";
import { generateLifecycle, STATUS_WEIGHTS, type Lifecycle } from "./lifecycle";
import { generateBenefits, generateDescription, generateTitle } from "./listing-text";
import { generatePay, type SeedPay } from "./pay";
import { createRandom, seedId, type Random } from "./random";
import { REGIONS } from "./regions";
import { SKILLS } from "./skills";

// ~300 listings spread over the seeded companies, generated from a seeded PRNG: listing i always
// draws from its own stream, so adding a field to one generator does not reshuffle every listing.

export const LISTING_COUNT = 300;

export type ListingSeed = SeedPay &
  TimezoneWindow &
  ListingFacts &
  Lifecycle & {
    id: string;
    slug: string;
    companySlug: string;
    levelSlug: LevelSlug;
    title: string;
    description: string;
    benefits: string | null;
    worldwide: boolean;
    eligibleRegions: string[];
    eligibleCountries: string[];
    eligibleStates: string[];
    eligibleProvinces: string[];
    applicationsCloseOn: Date | null;
    aiScreening: boolean;
    existingVacancy: boolean;
    salaryProvidedAt: Date;
    visaPolicy: VisaPolicy;
    engagementModel: EngagementModel;
    skillSlugs: string[];
    /** Posted by the demo employer account (listings of the demo company). */
    byDemoEmployer: boolean;
  };

/** The demo company's listings, in order, so the employer demo always has a mixed dashboard. */
const DEMO_STATUSES: ListingStatus[] = [
  "PUBLISHED",
  "PENDING_REVIEW",
  "PUBLISHED",
  "DRAFT",
  "PUBLISHED",
  "REJECTED",
  "PUBLISHED",
  "PENDING_REVIEW",
  "CLOSED",
  "PUBLISHED",
  "EXPIRED",
];

const SIZE_WEIGHT = { SIZE_1_10: 4, SIZE_11_50: 7, SIZE_51_200: 10, SIZE_201_1000: 14, SIZE_1001_PLUS: 18 } as const;

/** Splits `total` in proportion to `weights` (largest remainder), so the parts always add up. */
function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k]![1]]! += 1;
  return parts;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Five base-36 characters, distinct for every index below 36^5 (the multiplier is coprime to it). */
function shortId(index: number): string {
  return (((index + 1) * 829_349) % 36 ** 5).toString(36).padStart(5, "0");
}

const skillBySlug = new Map(SKILLS.map((s) => [s.slug, s]));
const PRACTICES = SKILLS.filter((s) => s.category === "PRACTICE").map((s) => s.slug);

/** One or two of the company's languages, one to three of its other tools, and one practice: 3 to 6 tags. */
function pickSkills(company: CompanySeed, random: Random): string[] {
  const inCategory = (slug: string, practice: boolean) => (skillBySlug.get(slug)?.category === "PRACTICE") === practice;
  const languages = company.stack.filter((slug) => skillBySlug.get(slug)?.category === "LANGUAGE");
  const tools = company.stack.filter((slug) => !languages.includes(slug) && inCategory(slug, false));
  const ownPractices = company.stack.filter((slug) => inCategory(slug, true));
  return [
    ...random.sample(languages, random.int(1, Math.min(2, languages.length))),
    ...random.sample(tools, random.int(1, Math.min(3, tools.length))),
    ownPractices.length > 0 && random.chance(0.5) ? random.pick(ownPractices) : random.pick(PRACTICES),
  ];
}

function pickLevel(company: CompanySeed, random: Random): LevelSlug {
  return random.weighted<LevelSlug>([
    ["senior", 25],
    ["staff", 40],
    ["principal", company.size === "SIZE_1_10" ? 10 : 22],
    ["head", company.size === "SIZE_1_10" ? 4 : 13],
  ]);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a listing's eligibility includes the US (then Colorado's rule asks for a closing date). */
function opensTo(country: string, eligibility: { worldwide: boolean; regions: string[]; countries: string[] }): boolean {
  if (eligibility.worldwide || eligibility.countries.includes(country)) return true;
  return REGIONS.some((r) => eligibility.regions.includes(r.code) && r.countries.includes(country));
}

/**
 * The pay-transparency answers (docs/decisions/030-pay-transparency.md), drawn from a stream of their own so
 * the rest of each listing stays as it was: every listing says whether it is an existing vacancy and whether
 * AI screens applicants; one open to the US gives a closing date 60 days after it was written.
 */
function transparencyAnswers(index: number, eligibility: Parameters<typeof opensTo>[1], createdAt: Date) {
  const random = createRandom(0x7a75_0000 + index);
  const closes = new Date(createdAt.getTime() + 60 * DAY_MS);
  return {
    eligibleStates: [],
    eligibleProvinces: [],
    applicationsCloseOn: opensTo("US", eligibility)
      ? new Date(Date.UTC(closes.getUTCFullYear(), closes.getUTCMonth(), closes.getUTCDate()))
      : null,
    existingVacancy: random.chance(0.55),
    aiScreening: random.chance(0.15),
    salaryProvidedAt: createdAt,
  };
}

export function generateListings(anchor: Date): ListingSeed[] {
  const premium = new Map(INDUSTRIES.map((i) => [i.slug, i.payPremium]));
  const counts = allocate(
    LISTING_COUNT,
    COMPANIES.map((c) => SIZE_WEIGHT[c.size]),
  );
  const listings: ListingSeed[] = [];
  COMPANIES.forEach((company, companyIndex) => {
    for (let k = 0; k < counts[companyIndex]!; k++) {
      const index = listings.length;
      const random = createRandom(0x5eed_0000 + index);
      const demo = company.slug === DEMO_COMPANY_SLUG;
      const status = demo ? (DEMO_STATUSES[k] ?? "PUBLISHED") : random.weighted(STATUS_WEIGHTS);
      const levelSlug = pickLevel(company, random);
      const team = random.pick(company.teams);
      const title = generateTitle(levelSlug, team, random);
      const eligibility = pickEligibility(company.footprint, random);
      const window = pickWindow(eligibility, random);
      const contract = pickContract(eligibility, random);
      const pay = generatePay(
        {
          level: levelSlug,
          tier: company.tier,
          premium: premium.get(company.industry) ?? false,
          size: company.size,
          eligibility,
          engagement: contract.engagementModel,
        },
        random,
      );
      const skillSlugs = pickSkills(company, random);
      const skills = skillSlugs.map((slug) => skillBySlug.get(slug)!);
      const tools = skills.filter((s) => s.category !== "PRACTICE").map((s) => s.name);
      const practices = skills.filter((s) => s.category === "PRACTICE").map((s) => s.name);
      const slug = `${slugify(title)}-${company.slug}-${shortId(index)}`;
      const benefits =
        status === "DRAFT" && random.chance(0.5) ? null : generateBenefits(contract.engagementModel === "CONTRACTOR", random);
      // Drawn in the order the object below used to draw them: description, then lifecycle.
      const description = generateDescription({ company, team, level: levelSlug, tools, practices, window }, random);
      const lifecycle = generateLifecycle(status, anchor, random);
      listings.push({
        // From the slug, not the index: if the generator changes, a new listing gets a new id instead
        // of colliding with an older seed's row that holds the same index.
        id: seedId(`listing:${slug}`),
        slug,
        companySlug: company.slug,
        levelSlug,
        title,
        description,
        benefits,
        worldwide: eligibility.worldwide,
        eligibleRegions: eligibility.regions,
        eligibleCountries: eligibility.countries,
        ...window,
        ...contract,
        ...pay,
        ...lifecycle,
        ...transparencyAnswers(index, eligibility, lifecycle.createdAt),
        // Its own stream: the facts came later, and drawing them here must not change the listing above.
        ...generateFacts(levelSlug, createRandom(0xfac7_0000 + index)),
        skillSlugs,
        byDemoEmployer: demo,
      });
    }
  });
  return listings;
}
