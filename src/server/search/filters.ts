import { Prisma } from "@/generated/prisma/client";
import { TEAM_SIZE_RANGES, type TeamSizeRange } from "@/lib/listing-facts";
import {
  ENGAGEMENT_SLUGS,
  ON_CALL_SLUGS,
  OWNERSHIP_SLUGS,
  TAKE_HOME_SLUGS,
  VISA_SLUGS,
  type SearchQuery,
} from "@/lib/schemas/search";
import { timezoneOffsetMinutes } from "@/lib/utc-offset";
import { countrySql, timezoneSql } from "./eligibility-sql";

// The WHERE clause of a search over "Listing" l JOIN "Company" c, one fragment per filter, so facet
// counts can leave out the dimension they count. No "server-only": the benchmark builds the same SQL.

/** The role-at-a-glance filters (decision 031), counted like the others. */
export type FactDimension = "takeHome" | "onCall" | "ownership" | "teamSize";
export type FacetDimension = "level" | "skill" | "industry" | "engagement" | "visa" | FactDimension;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A timestamp(3) column (stored as UTC) compared with a JS instant, whatever the session's TimeZone. */
export const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export type SearchContext = { now: Date; tsquery: Prisma.Sql | null };

/** The text query, or null when it has no searchable words (empty, or only stop words). */
export function tsquerySql(q: string | undefined): Prisma.Sql | null {
  return q ? Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q})` : null;
}

/** Live listings only: the SQL twin of liveListingWhere (src/server/listings/visibility.ts). */
export function liveSql(now: Date): Prisma.Sql {
  return Prisma.sql`l."status" = 'PUBLISHED' AND l."expiresAt" > ${utc(now)} AND c."status" = 'ACTIVE'`;
}

export function filterSql(query: SearchQuery, ctx: SearchContext, except?: FacetDimension): Prisma.Sql {
  const parts: Prisma.Sql[] = [liveSql(ctx.now)];
  if (ctx.tsquery) parts.push(Prisma.sql`l."searchVector" @@ ${ctx.tsquery}`);
  if (query.level.length > 0 && except !== "level") {
    // A level is a fifth of the listings or more, so reading its index never pays; at a million listings
    // the planner ANDed a 250,000-entry bitmap of it with a rare word's when the levels were a semi-join
    // (100 ms, decision 015). As an array made first (an InitPlan) it stays a filter on rows found
    // otherwise, and the recency walk keeps its estimate (an expression of the column lost it).
    parts.push(
      Prisma.sql`l."levelId" = ANY(ARRAY(SELECT lv."id" FROM "SeniorityLevel" lv WHERE lv."slug" = ANY(${query.level}::text[])))`,
    );
  }
  if (query.skill.length > 0 && (except !== "skill" || query.skillMatch === "all")) parts.push(skillSql(query));
  if (query.minPay !== undefined) parts.push(Prisma.sql`l."annualUsdMax" >= ${query.minPay}::int`);
  if (query.country) parts.push(countrySql(query.country));
  if (query.tz) parts.push(timezoneSql(timezoneOffsetMinutes(query.tz, ctx.now)));
  if (query.industry.length > 0 && except !== "industry") {
    parts.push(Prisma.sql`c."industryId" IN (SELECT i."id" FROM "Industry" i WHERE i."slug" = ANY(${query.industry}::text[]))`);
  }
  if (query.engagement.length > 0 && except !== "engagement") {
    const values = query.engagement.map((s) => ENGAGEMENT_SLUGS[s]);
    parts.push(Prisma.sql`l."engagementModel" = ANY(${values}::"EngagementModel"[])`);
  }
  if (query.visa.length > 0 && except !== "visa") {
    const values = query.visa.map((s) => VISA_SLUGS[s]);
    parts.push(Prisma.sql`l."visaPolicy" = ANY(${values}::"VisaPolicy"[])`);
  }
  parts.push(...factSql(query, except));
  if (query.postedWithinDays !== undefined) {
    parts.push(Prisma.sql`l."publishedAt" >= ${utc(new Date(ctx.now.getTime() - query.postedWithinDays * DAY_MS))}`);
  }
  return Prisma.join(parts, " AND ");
}

// The role-at-a-glance filters (decision 031): plain conditions on the listing's own columns, applied to
// rows the other filters and the recency walk find (each matches a sizeable share of the live set).
function factSql(query: SearchQuery, except?: FacetDimension): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (query.takeHome.length > 0 && except !== "takeHome") {
    parts.push(Prisma.sql`l."takeHome" = ANY(${query.takeHome.map((s) => TAKE_HOME_SLUGS[s])}::"TakeHomeKind"[])`);
  }
  if (query.onCall.length > 0 && except !== "onCall") {
    parts.push(Prisma.sql`l."onCall" = ANY(${query.onCall.map((s) => ON_CALL_SLUGS[s])}::"OnCallKind"[])`);
  }
  if (query.ownership.length > 0 && except !== "ownership") {
    parts.push(Prisma.sql`l."ownershipKind" = ANY(${query.ownership.map((s) => OWNERSHIP_SLUGS[s])}::"OwnershipKind"[])`);
  }
  if (query.teamSize.length > 0 && except !== "teamSize") {
    const ranges = query.teamSize.map((s) => inTeamSizeRange(Prisma.sql`l."teamSize"`, s));
    parts.push(Prisma.sql`(${Prisma.join(ranges, " OR ")})`);
  }
  return parts;
}

/** Whether a team size lies in one of the filter's ranges (bounds inclusive; null is in none). */
function inTeamSizeRange(size: Prisma.Sql, range: TeamSizeRange): Prisma.Sql {
  const { min, max } = TEAM_SIZE_RANGES[range];
  return max === null ? Prisma.sql`${size} >= ${min}::int` : Prisma.sql`${size} BETWEEN ${min}::int AND ${max}::int`;
}

/** The filter's range (its slug) a team size lies in, by the same bounds the filter uses; null when unstated. */
export function teamSizeRangeSql(size: Prisma.Sql): Prisma.Sql {
  const ranges = Object.keys(TEAM_SIZE_RANGES) as TeamSizeRange[];
  const whens = ranges.map((range) => Prisma.sql`WHEN ${inTeamSizeRange(size, range)} THEN ${range}::text`);
  return Prisma.sql`(CASE ${Prisma.join(whens, " ")} END)`;
}

// A semi-join driven from the skills: the ids are looked up first (an InitPlan), then an index-only scan
// of ListingSkill(skillId, listingId) gives the listings that have them.
function skillSql(query: SearchQuery): Prisma.Sql {
  const having =
    query.skillMatch === "all" && query.skill.length > 1
      ? Prisma.sql`GROUP BY ls."listingId" HAVING count(*) = ${query.skill.length}::int`
      : Prisma.empty;
  return Prisma.sql`l."id" IN (SELECT ls."listingId" FROM "ListingSkill" ls
    WHERE ls."skillId" = ANY(ARRAY(SELECT s."id" FROM "Skill" s WHERE s."slug" = ANY(${query.skill}::text[]))) ${having})`;
}
