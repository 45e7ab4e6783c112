import { z } from "zod";
import type { EngagementModel, OnCallKind, OwnershipKind, TakeHomeKind, VisaPolicy } from "@/generated/prisma/enums";
import { COUNTRIES, type CountryCode } from "@/lib/countries";
import { TEAM_SIZE_RANGES } from "@/lib/listing-facts";
import { normaliseTimezone } from "@/lib/utc-offset";

// The one search query: the /jobs page, the public API (/api/v1/jobs), feeds and saved searches all parse
// it from URL search parameters with this schema, so a URL means the same everywhere. Each key is one
// parameter; repeated keys (?level=staff&level=principal) are lists.

export const SEARCH_SORTS = ["newest", "pay", "relevance"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** URL spellings of the enums (lower-case, hyphenated) and the values they stand for. */
export const ENGAGEMENT_SLUGS = {
  employee: "EMPLOYEE",
  "employer-of-record": "EMPLOYER_OF_RECORD",
  contractor: "CONTRACTOR",
} as const satisfies Record<string, EngagementModel>;
export const VISA_SLUGS = {
  "will-sponsor": "WILL_SPONSOR",
  "not-required": "NOT_REQUIRED",
  "must-have-authorization": "MUST_HAVE_AUTHORIZATION",
} as const satisfies Record<string, VisaPolicy>;
// The role at a glance (decision 031): "no take-home" is takeHome=none, "no on-call" is onCall=none,
// "greenfield" is ownership=greenfield; a listing that does not state the fact matches none of them.
export const TAKE_HOME_SLUGS = { none: "NONE", paid: "PAID", unpaid: "UNPAID" } as const satisfies Record<string, TakeHomeKind>;
export const ON_CALL_SLUGS = {
  none: "NONE",
  rotation: "ROTATION",
  "follow-the-sun": "FOLLOW_THE_SUN",
  "escalation-only": "ESCALATION_ONLY",
} as const satisfies Record<string, OnCallKind>;
export const OWNERSHIP_SLUGS = {
  greenfield: "GREENFIELD",
  migration: "MIGRATION",
  platform: "PLATFORM",
  consolidation: "CONSOLIDATION",
} as const satisfies Record<string, OwnershipKind>;
export type EngagementSlug = keyof typeof ENGAGEMENT_SLUGS;
export type VisaSlug = keyof typeof VISA_SLUGS;

const COUNTRY_CODES = COUNTRIES.map(([code]) => code) as [CountryCode, ...CountryCode[]];

const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;
const MIN_PAY_MAX = 10_000_000;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const single = <T extends z.ZodType>(inner: T) =>
  // A repeated single-valued key keeps its first value, as browsers and most servers do.
  z.preprocess((v) => blankToUndefined(Array.isArray(v) ? v[0] : v), inner.optional());
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .preprocess(
      (v) => {
        const values = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
        // "a,b" is read as well as repeated keys. A parameter left blank (an empty <select>) adds nothing;
        // a blank or padded item inside a comma list is invalid, as the OpenAPI document says.
        return values.flatMap((x) => (x === "" ? [] : typeof x === "string" ? x.split(",") : [x]));
      },
      z.array(item).max(max, `Give at most ${max} ${what}.`),
    )
    // Counted as given (the documented `maxItems`), then each value once.
    .transform((values) => [...new Set(values)]);

// Values have one spelling, the documented one: slugs and enum values are lower-case and are not folded
// (docs/decisions/014-one-spelling-per-parameter-value.md).
const slug = (what: string) =>
  z.string().regex(/^[a-z0-9-]{1,60}$/, `That is not a ${what} slug (lower-case letters, digits and hyphens).`);
const enumSlug = <K extends string>(values: Record<K, unknown>, what: string) =>
  z.enum(Object.keys(values) as [K, ...K[]], `Use one of: ${Object.keys(values).join(", ")} (${what}).`);
// Digits only (an optional minus, so a negative number is out of range rather than malformed): not
// "200,000" or "1e5", which an OpenAPI client would never send for an integer.
const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^-?\d{1,15}$/.test(v) ? Number(v) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );

export const searchQuerySchema = z.object({
  // Lengths are checked before trimming, as the document's maxLength counts what is sent.
  q: single(z.string().max(200, "Keep the search text under 200 characters.").trim()).transform((v) => (v ? v : undefined)),
  level: list(slug("seniority level"), 10, "levels"),
  skill: list(slug("skill"), 20, "skills"),
  skillMatch: single(z.enum(["any", "all"], "Use any or all.")).transform((v) => v ?? "any"),
  minPay: single(
    wholeNumber(
      0,
      MIN_PAY_MAX,
      `Give the minimum annual pay in US dollars, a whole number up to ${MIN_PAY_MAX.toLocaleString("en-US")}.`,
    ),
  ),
  // Upper-case codes, listed in the OpenAPI document. The /jobs page first turns a typed name or a
  // lower-case code into its code (countryCodeFor in src/app/(public)/jobs/page.tsx).
  country: single(z.enum(COUNTRY_CODES, "Use a two-letter ISO country code in capitals, such as DE or US.")),
  tz: single(
    z
      .string()
      .max(64)
      .trim()
      .transform((text, ctx) => {
        const tz = normaliseTimezone(text);
        if (tz === null) {
          ctx.addIssue({ code: "custom", message: "Use a timezone name such as Europe/Berlin, or an offset such as UTC+05:30." });
          return z.NEVER;
        }
        return tz;
      }),
  ),
  industry: list(slug("industry"), 20, "industries"),
  engagement: list(enumSlug(ENGAGEMENT_SLUGS, "engagement model"), 3, "engagement models"),
  visa: list(enumSlug(VISA_SLUGS, "work authorisation policy"), 3, "work authorisation policies"),
  takeHome: list(enumSlug(TAKE_HOME_SLUGS, "take-home"), 3, "take-home kinds"),
  onCall: list(enumSlug(ON_CALL_SLUGS, "on-call"), 4, "on-call kinds"),
  ownership: list(enumSlug(OWNERSHIP_SLUGS, "kind of work"), 4, "kinds of work"),
  teamSize: list(enumSlug(TEAM_SIZE_RANGES, "team size"), 3, "team sizes"),
  postedWithinDays: single(wholeNumber(1, 365, "Give the number of days as a whole number from 1 to 365.")),
  sort: single(z.enum(SEARCH_SORTS, `Use one of: ${SEARCH_SORTS.join(", ")}.`)),
  cursor: single(
    z
      .string()
      .max(300, "That cursor is not valid.")
      .regex(/^[A-Za-z0-9_-]+$/, "That cursor is not valid."),
  ),
  limit: single(wholeNumber(1, SEARCH_LIMIT_MAX, `Give a limit from 1 to ${SEARCH_LIMIT_MAX}.`)).transform(
    (v) => v ?? SEARCH_LIMIT_DEFAULT,
  ),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchParamName = keyof SearchQuery;
export const SEARCH_PARAM_NAMES = Object.keys(searchQuerySchema.shape) as SearchParamName[];

/** The sort actually used: relevance needs search text, so without it the default is newest. */
export function effectiveSort(query: Pick<SearchQuery, "q" | "sort">): SearchSort {
  if (query.sort === "relevance" && !query.q) return "newest";
  return query.sort ?? (query.q ? "relevance" : "newest");
}

export type SearchParamError = { parameter: SearchParamName; message: string };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/** URLSearchParams (or Next's searchParams object) as a plain object; repeated keys become arrays. */
function toRecord(source: ParamSource): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    source instanceof URLSearchParams
      ? [...source.entries()]
      : Object.entries(source).flatMap(([k, v]) =>
          v === undefined ? [] : Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v] as [string, string]],
        );
  for (const [key, value] of entries) {
    const existing = record[key];
    record[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return record;
}

/**
 * Strict parse for the API: the query, or one error per invalid parameter. Unknown parameters are ignored
 * (clients add tracking parameters), the known ones must be valid.
 */
export function parseSearchParams(
  source: ParamSource,
): { ok: true; query: SearchQuery } | { ok: false; errors: SearchParamError[] } {
  const result = searchQuerySchema.safeParse(toRecord(source));
  if (result.success) return { ok: true, query: result.data };
  const errors = new Map<SearchParamName, string>();
  for (const issue of result.error.issues) {
    const parameter = issue.path[0] as SearchParamName;
    if (!errors.has(parameter)) errors.set(parameter, issue.message);
  }
  return { ok: false, errors: [...errors].map(([parameter, message]) => ({ parameter, message })) };
}

/** Lenient parse for pages: invalid parameters are dropped (and reported), the rest still apply. */
export function searchParamsToQuery(source: ParamSource): { query: SearchQuery; errors: SearchParamError[] } {
  const record = toRecord(source);
  const first = parseSearchParams(record as ParamSource);
  if (first.ok) return { query: first.query, errors: [] };
  for (const { parameter } of first.errors) delete record[parameter];
  // The parameters are independent of each other, so what is left parses.
  return { query: searchQuerySchema.parse(record), errors: first.errors };
}

/** The query as URL parameters, omitting defaults, in a stable order (cache keys and links agree). */
export function queryToSearchParams(
  query: Partial<SearchQuery>,
  options: { withCursor?: boolean; withLimit?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const v of [...(query.level ?? [])].sort()) params.append("level", v);
  for (const v of [...(query.skill ?? [])].sort()) params.append("skill", v);
  if (query.skill && query.skill.length > 1 && query.skillMatch === "all") params.set("skillMatch", "all");
  if (query.minPay !== undefined) params.set("minPay", String(query.minPay));
  if (query.country) params.set("country", query.country);
  if (query.tz) params.set("tz", query.tz);
  for (const v of [...(query.industry ?? [])].sort()) params.append("industry", v);
  for (const v of [...(query.engagement ?? [])].sort()) params.append("engagement", v);
  for (const v of [...(query.visa ?? [])].sort()) params.append("visa", v);
  for (const v of [...(query.takeHome ?? [])].sort()) params.append("takeHome", v);
  for (const v of [...(query.onCall ?? [])].sort()) params.append("onCall", v);
  for (const v of [...(query.ownership ?? [])].sort()) params.append("ownership", v);
  for (const v of [...(query.teamSize ?? [])].sort()) params.append("teamSize", v);
  if (query.postedWithinDays !== undefined) params.set("postedWithinDays", String(query.postedWithinDays));
  if (query.sort) params.set("sort", query.sort);
  if (options.withLimit && query.limit !== undefined && query.limit !== SEARCH_LIMIT_DEFAULT)
    params.set("limit", String(query.limit));
  if (options.withCursor && query.cursor) params.set("cursor", query.cursor);
  return params;
}

/** A query with nothing set (every list empty, defaults applied). */
export const emptySearchQuery = (): SearchQuery => searchQuerySchema.parse({});
