import { Prisma } from "@/generated/prisma/client";
import { CANDIDATE_DAY_LENGTH, candidateDayStartUtc } from "@/lib/eligibility";

// The country and timezone rules of src/lib/eligibility.ts, as SQL over "Listing" aliased `l`.
// tests/integration/eligibility-agreement.test.ts proves both give the same answer on generated cases.
// No "server-only" here: the benchmark script builds the same SQL.

/** Worldwide, a named region whose countries include the country, or the country named itself. */
export function countrySql(country: string): Prisma.Sql {
  return Prisma.sql`(l."worldwide"
    OR l."eligibleCountries" @> ARRAY[${country}]::text[]
    OR l."eligibleRegions" && ARRAY(SELECT r."code" FROM "Region" r WHERE r."countries" @> ARRAY[${country}]::text[]))`;
}

/**
 * No window, or the candidate's 09:00–17:00 (local, at the given UTC offset) shares at least the
 * required hours with the listing's window. daily_overlap_minutes is defined in the search migration.
 */
export function timezoneSql(utcOffsetMinutes: number): Prisma.Sql {
  const start = candidateDayStartUtc(utcOffsetMinutes);
  return Prisma.sql`(l."tzWindowStartUtc" IS NULL OR l."tzWindowEndUtc" IS NULL
    OR daily_overlap_minutes(${start}::int, ${CANDIDATE_DAY_LENGTH}::int, l."tzWindowStartUtc",
         mod(l."tzWindowEndUtc" - l."tzWindowStartUtc" + 1440, 1440)) >= l."tzRequiredOverlapHours" * 60)`;
}
