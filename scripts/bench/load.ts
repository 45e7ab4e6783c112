import type pg from "pg";

// 100,000 generated listings in a few set-based statements (INSERT ... SELECT generate_series), spread
// over the demo seed's companies, levels, regions and skills. Deterministic: row g always gets the same
// values, with published dates relative to now (all within the 30-day lifetime, 5% in other states).

const TITLES = [
  "Staff Backend Architect",
  "Principal Backend Engineer",
  "Senior Backend Engineer",
  "Head of Backend Engineering",
  "Backend Architect",
  "Staff Software Engineer",
  "Distinguished Engineer",
  "Platform Architect",
];
const AREAS = [
  "Payments Platform",
  "Data Platform",
  "Checkout",
  "Identity",
  "Notifications",
  "Ledger",
  "Search",
  "Billing",
  "Logistics APIs",
  "Core Banking",
  "Claims Processing",
  "Model Serving",
  "Developer Platform",
  "Messaging",
  "Risk Engine",
  "Merchant APIs",
  "Streaming Ingest",
  "Observability",
  "Pricing",
  "Marketplace",
];
const SENTENCES = [
  "You will own the service boundaries and API contracts of a platform used by millions of customers.",
  "Our systems process payments with exactly-once guarantees across several regions.",
  "We run an event-driven architecture on streaming infrastructure with strict ordering requirements.",
  "You will lead design reviews, keep the architectural decision record and mentor senior engineers.",
  "The team is migrating a monolith to well-bounded services without stopping delivery.",
  "Expect deep work on data modelling, consistency trade-offs and schema evolution.",
  "You will define observability standards: tracing, metrics and structured logging for every service.",
  "We care about written communication: proposals, design documents and asynchronous reviews.",
  "On-call is shared fairly and incidents end with blameless reviews that change the system.",
  "You will shape our caching strategy and the performance budget of the public APIs.",
  "Security at the architectural level matters: authentication, authorisation and secrets management.",
  "We are hiring to scale a retrieval pipeline and inference serving for machine learning models.",
];

// Rarer words, so a specific search (one project among ~500) is narrow as it would be on real text.
const CODENAMES = [
  "nimbus",
  "quartz",
  "falcon",
  "juniper",
  "orion",
  "cobalt",
  "meridian",
  "tundra",
  "saffron",
  "halcyon",
  "basalt",
  "lumen",
  "aurora",
  "cedar",
  "vortex",
  "harbor",
  "zephyr",
  "onyx",
  "sierra",
  "atlas",
  "beacon",
  "cinder",
  "delta",
  "ember",
  "fjord",
  "garnet",
  "helix",
  "iris",
  "kestrel",
  "lotus",
];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]::text[]`;

export async function loadListings(client: pg.Client, count: number): Promise<void> {
  const ids = async (sql: string) => (await client.query<{ id: string }>(sql)).rows.map((r) => r.id);
  const companies = await ids(`SELECT "id" FROM "Company" WHERE "status" = 'ACTIVE' ORDER BY "id"`);
  const levels = await ids(`SELECT "id" FROM "SeniorityLevel" ORDER BY "rank"`);
  const skills = await ids(`SELECT "id" FROM "Skill" ORDER BY "id"`);
  const regions = await ids(`SELECT "code" AS "id" FROM "Region" ORDER BY "code"`);
  if (companies.length === 0 || levels.length === 0 || skills.length === 0) throw new Error("Seed the vocabulary first.");

  // Triggers (and so foreign-key checks) off while loading: skills go in first, so each listing's vector
  // is computed once, in the INSERT, by the same function the triggers use.
  await client.query("SET session_replication_role = replica");
  await client.query(`
    INSERT INTO "ListingSkill" ("listingId", "skillId")
    SELECT DISTINCT 'bench' || lpad(g::text, 7, '0'), (${sqlArray(skills)})[1 + (g * 13 + k * k * 17) % ${skills.length}]
      FROM generate_series(1, ${count}) g, generate_series(0, 2 + g % 4) k`);
  await client.query(`
    INSERT INTO "Listing" ("id", "slug", "companyId", "levelId", "title", "description", "status",
      "salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "annualUsdMin", "annualUsdMax",
      "worldwide", "eligibleRegions", "eligibleCountries", "tzWindowStartUtc", "tzWindowEndUtc", "tzRequiredOverlapHours",
      "visaPolicy", "engagementModel", "createdAt", "updatedAt", "submittedAt", "publishedAt", "confirmedAt", "expiresAt", "searchVector")
    SELECT id, 'bench-' || g, company, (${sqlArray(levels)})[1 + (g * 7) % ${levels.length}], title, description,
      CASE WHEN g % 20 = 0 THEN 'EXPIRED'::"ListingStatus" WHEN g % 20 = 1 THEN 'PENDING_REVIEW' WHEN g % 20 = 2 THEN 'CLOSED' ELSE 'PUBLISHED' END,
      lo, hi, 'USD', 'YEAR', lo, hi,
      g % 5 = 0,
      CASE WHEN g % 5 IN (1, 2) THEN ARRAY[(${sqlArray(regions)})[1 + g % ${regions.length}]] ELSE ARRAY[]::text[] END,
      CASE g % 5 WHEN 3 THEN ARRAY['US', 'CA'] WHEN 4 THEN ARRAY['DE', 'NL', 'PL'] WHEN 2 THEN ARRAY['GB'] ELSE ARRAY[]::text[] END,
      CASE WHEN g % 3 = 0 THEN NULL ELSE tz END,
      CASE WHEN g % 3 = 0 THEN NULL ELSE (tz + 480 + (g % 4) * 60) % 1440 END,
      CASE WHEN g % 3 = 0 THEN 0 ELSE g % 5 END,
      (ARRAY['MUST_HAVE_AUTHORIZATION', 'WILL_SPONSOR', 'NOT_REQUIRED']::"VisaPolicy"[])[1 + g % 3],
      (ARRAY['EMPLOYEE', 'EMPLOYER_OF_RECORD', 'CONTRACTOR']::"EngagementModel"[])[1 + (g / 3) % 3],
      published - interval '2 days', published, published - interval '1 day', published, published, published + interval '30 days',
      listing_search_vector(id, title, description, company)
    FROM (
      SELECT g, 'bench' || lpad(g::text, 7, '0') AS id, (${sqlArray(companies)})[1 + g % ${companies.length}] AS company,
        (${sqlArray(TITLES)})[1 + g % ${TITLES.length}] || ', ' || (${sqlArray(AREAS)})[1 + (g / 7) % ${AREAS.length}] AS title,
        (SELECT string_agg((${sqlArray(SENTENCES)})[1 + (g * k * 31 + k * 7 + g / 11) % ${SENTENCES.length}], ' ') FROM generate_series(1, 3) k)
          || ' The team works on ' || lower((${sqlArray(AREAS)})[1 + (g * 3) % ${AREAS.length}]) || ' and ' || lower((${sqlArray(AREAS)})[1 + (g * 11 + 5) % ${AREAS.length}]) || '.'
          || ' Project ' || (${sqlArray(CODENAMES)})[1 + g % ${CODENAMES.length}] || (g % 17) || '.' AS description,
        120000 + (g::bigint * 7919 % 200)::int * 1000 AS lo, 150000 + (g::bigint * 7919 % 200)::int * 1000 + (g % 10) * 10000 AS hi,
        ((g * 37) % 24) * 60 AS tz,
        (now() AT TIME ZONE 'UTC') - ((g % 29) * interval '1 day') - ((g * 13 % 1440) * interval '1 minute') AS published
      FROM generate_series(1, ${count}) g
    ) src`);
  await client.query("SET session_replication_role = DEFAULT");
  await client.query(`VACUUM ANALYZE`);
}
