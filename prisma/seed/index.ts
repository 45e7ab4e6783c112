import { recomputeSalaryBandsWith } from "@/server/salaries/recompute-sql";
import { refreshSearchTermsWith } from "@/server/search/terms-sql";
import { refreshFacetCountsWith } from "@/server/search/facet-counts-sql";
import { connectSeedClient, type SeedClient } from "./client";
import { anchorFor } from "./lifecycle";
import { generateListings } from "./listings";
import { DEMO_PASSWORD, USERS } from "./users";
import { writeActivity } from "./write-activity";
import { writeCompanies } from "./write-companies";
import { writePendingEdit } from "./write-edits";
import { writeListings } from "./write-listings";
import { writePeople } from "./write-people";
import { writeVocabulary } from "./write-vocabulary";
import { writeLogos } from "./write-logos";
import { writeViews } from "./write-views";
import type { ObjectStorage } from "@/server/storage/object-storage";

// Demo data for Backplane: deterministic (seeded PRNG, ids derived from stable keys, dates offset
// from one anchor day) and idempotent (upserts on unique keys; join rows only added). Running it
// again restores the seeded rows' fields and adds nothing new. It never deletes anything.

export type SeedOptions = {
  /** The moment the demo is built around; all dates derive from midnight UTC of this day. Default: now. */
  now?: Date;
  /** Where the demo logos go (the app's configured storage); without it, no company gets a logo. */
  storage?: ObjectStorage;
};

export type SeedSummary = {
  anchor: string;
  durationMs: number;
  /** Milliseconds per step, to see where the time goes. */
  phases: Record<string, number>;
  counts: Record<string, number>;
  listingsByStatus: Record<string, number>;
  demoAccounts: { email: string; role: string; description: string }[];
  demoPassword: string;
};

const DAY = 24 * 60 * 60 * 1000;

export async function seedDatabase(connectionString: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const anchor = anchorFor(options.now ?? new Date());
  const longAgo = new Date(anchor.getTime() - 200 * DAY);
  const phases: Record<string, number> = {};
  let lap = performance.now();
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const result = await step();
    const now = performance.now();
    phases[name] = Math.round(now - lap);
    lap = now;
    return result;
  };
  const client = await timed("connect", () => connectSeedClient(connectionString));
  try {
    const vocabulary = await timed("vocabulary", () => writeVocabulary(client));
    const companies = await timed("companies", () => writeCompanies(client, vocabulary, longAgo));
    const users = await timed("people", () => writePeople(client, vocabulary, companies, longAgo));
    const listings = generateListings(anchor);
    const listingIds = await timed("listings", () => writeListings(client, listings, { vocabulary, companies, users }));
    await timed("activity", () => writeActivity(client, { listings, listingIds, users, anchor }));
    await timed("pending edit", () => writePendingEdit(client, { listings, listingIds, anchor }));
    await timed("views", () => writeViews(client, { listings, listingIds, anchor }));
    if (options.storage) await timed("logos", () => writeLogos(client, options.storage!, companies));
    await timed("salary bands", () => recomputeSalaryBandsWith(client, options.now ?? new Date()));
    await timed("search terms", () => refreshSearchTermsWith(client, options.now ?? new Date()));
    await timed("search facet counts", () => refreshFacetCountsWith(client, options.now ?? new Date()));
    const { counts, listingsByStatus } = await countRows(client);
    return {
      anchor: anchor.toISOString(),
      durationMs: Math.round(performance.now() - started),
      phases,
      counts,
      listingsByStatus,
      demoAccounts: USERS.filter((u) => u.demo).map((u) => ({ email: u.email, role: u.role, description: u.demo! })),
      demoPassword: DEMO_PASSWORD,
    };
  } finally {
    await client.$disconnect();
  }
}

async function countRows(client: SeedClient) {
  const counts: Record<string, number> = {
    regions: await client.region.count(),
    seniorityLevels: await client.seniorityLevel.count(),
    skills: await client.skill.count(),
    industries: await client.industry.count(),
    roleProfiles: await client.roleProfile.count(),
    companies: await client.company.count(),
    companySkills: await client.companySkill.count(),
    companyLogos: await client.company.count({ where: { logoKey: { not: null } } }),
    users: await client.user.count(),
    candidateProfiles: await client.candidateProfile.count(),
    companyMembers: await client.companyMember.count(),
    listings: await client.listing.count(),
    listingSkills: await client.listingSkill.count(),
    applications: await client.application.count(),
    savedListings: await client.savedListing.count(),
    reports: await client.report.count(),
    auditLogEntries: await client.auditLog.count(),
  };
  const groups = await client.listing.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  const listingsByStatus = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  return { counts, listingsByStatus };
}
