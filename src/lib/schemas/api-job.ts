import { z } from "zod";
import { SalaryPeriod } from "@/generated/prisma/enums";
import { DECISION_STYLES, SCALE_DATA_VOLUME, SCALE_PEAK_RPS, SCALE_SERVICES, TEAM_SIZE_RANGES } from "@/lib/listing-facts";
import { ENGAGEMENT_SLUGS, ON_CALL_SLUGS, OWNERSHIP_SLUGS, TAKE_HOME_SLUGS, VISA_SLUGS } from "@/lib/schemas/search";

// What the public API (/api/v1/jobs) returns for a listing. The OpenAPI document is generated from these
// schemas (src/server/api/openapi.ts), and the mapper in src/server/api/jobs.ts is typed against them,
// so the document cannot drift from the responses.

const named = z.object({ slug: z.string(), name: z.string() });
const hhmm = z
  .string()
  .regex(/^\d\d:\d\d$/)
  .meta({ description: "24-hour time in UTC, e.g. 07:00" });

const slugs = <T extends Record<string, unknown>>(values: T) => z.enum(Object.keys(values) as [keyof T & string]);

/**
 * The role at a glance (docs/decisions/031-architect-facts.md). Null or an empty list: not stated. Values a
 * search filters on are spelled as the search parameter takes them (takeHome=none), the rest by name.
 */
export const apiJobFactsSchema = z
  .object({
    scale: z.object({
      peakRps: z.enum(SCALE_PEAK_RPS).nullable().meta({ description: "Peak requests per second, as a range" }),
      dataVolume: z.enum(SCALE_DATA_VOLUME).nullable().meta({ description: "Data held, as a range" }),
      services: z.enum(SCALE_SERVICES).nullable().meta({ description: "Number of services, as a range" }),
    }),
    ownership: z.object({
      kind: slugs(OWNERSHIP_SLUGS).nullable(),
      firstSixMonths: z.string().nullable().meta({ description: "What the hire will own in the first six months" }),
    }),
    team: z.object({
      size: z.int().min(1).nullable(),
      sizeRange: slugs(TEAM_SIZE_RANGES).nullable().meta({ description: "The size as the teamSize parameter's range" }),
      reportsTo: z.string().nullable(),
      engineersServed: z.int().min(1).nullable().meta({ description: "How many engineers the architecture serves" }),
    }),
    onCall: z.object({
      kind: slugs(ON_CALL_SLUGS).nullable(),
      rotationWeeks: z.int().min(2).nullable().meta({ description: "A rotation of one week in this many" }),
    }),
    interview: z.object({
      stages: z.array(z.string()).meta({ description: "The stages in order; empty: not stated" }),
      hours: z.int().min(1).nullable().meta({ description: "The candidate's total hours" }),
      takeHome: slugs(TAKE_HOME_SLUGS).nullable(),
      systemDesignRound: z.boolean().nullable(),
    }),
    decisionStyles: z.array(z.enum(DECISION_STYLES)).meta({ description: "How decisions are made; empty: not stated" }),
  })
  .meta({ id: "JobFacts", description: "The role at a glance; null or empty means the employer did not state it" });

export const apiJobSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    url: z.url().meta({ description: "The listing page" }),
    title: z.string(),
    company: z.object({ name: z.string(), slug: z.string(), industry: named.nullable() }),
    level: named,
    pay: z.object({
      min: z.int(),
      max: z.int(),
      currency: z.string().length(3).meta({ description: "ISO 4217 code, as the employer stated it" }),
      period: z.enum(SalaryPeriod),
      annualUsdMin: z.int().meta({ description: "The bottom of the range, normalised to annual US dollars" }),
      annualUsdMax: z.int().meta({ description: "The top of the range, normalised to annual US dollars" }),
    }),
    eligibility: z.object({
      worldwide: z.boolean(),
      regions: z.array(z.string()).meta({ description: "Region codes (see the listing page for their countries)" }),
      countries: z.array(z.string().length(2)).meta({ description: "ISO 3166-1 alpha-2 codes" }),
      workingWindowUtc: z
        .object({ start: hhmm, end: hhmm })
        .nullable()
        .meta({ description: "Null: any timezone. May cross midnight." }),
      requiredOverlapHours: z.int(),
      visaPolicy: z.enum(Object.keys(VISA_SLUGS) as [keyof typeof VISA_SLUGS]),
    }),
    engagementModel: z.enum(Object.keys(ENGAGEMENT_SLUGS) as [keyof typeof ENGAGEMENT_SLUGS]),
    skills: z.array(named),
    facts: apiJobFactsSchema,
    publishedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Job" });

export const apiJobDetailSchema = apiJobSchema
  .extend({
    eligibility: apiJobSchema.shape.eligibility.extend({
      states: z
        .array(z.string().length(2))
        .meta({ description: "US states (postal codes) the role is limited to; empty: the whole US when it is open" }),
      provinces: z
        .array(z.string().length(2))
        .meta({ description: "Canadian provinces the role is limited to; empty: the whole of Canada when it is open" }),
    }),
    description: z.string(),
    benefits: z.string().nullable(),
    equity: z.string().nullable(),
    bonus: z.string().nullable(),
    disclosures: z
      .object({
        existingVacancy: z.boolean().nullable().meta({ description: "Whether the role is an existing vacancy; null: not said" }),
        aiScreening: z
          .boolean()
          .nullable()
          .meta({ description: "Whether AI screens, assesses or selects applicants; null: not said" }),
        applicationsCloseOn: z.iso.date().nullable().meta({ description: "The day applications close (YYYY-MM-DD), if given" }),
      })
      .meta({ description: "The employer's pay-transparency answers, as shown on the listing page" }),
  })
  .meta({ id: "JobDetail" });

export const apiJobListSchema = z
  .object({
    items: z.array(apiJobSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
    sort: z.enum(["newest", "pay", "relevance"]),
  })
  .meta({ id: "JobList" });

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(["invalid_parameter", "not_found", "rate_limited"]),
      message: z.string(),
      parameter: z.string().optional().meta({ description: "The query parameter at fault (400 only)" }),
    }),
  })
  .meta({ id: "Error" });

export type ApiJob = z.input<typeof apiJobSchema>;
export type ApiJobFacts = z.input<typeof apiJobFactsSchema>;
export type ApiJobDetail = z.input<typeof apiJobDetailSchema>;
