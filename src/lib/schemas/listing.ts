import { z } from "zod";
import { EngagementModel, VisaPolicy } from "@/generated/prisma/enums";
import { isCountryCode } from "@/lib/countries";
import { isCaProvince, isUsState } from "@/lib/pay-transparency";
import { idSchema } from "@/lib/schemas/ids";
import { listingFactFields, listingFactRules } from "@/lib/schemas/listing-facts";
import { currencySchema, salaryPeriodSchema } from "@/lib/schemas/pay";
import { parseUtcTime, windowLength } from "@/lib/utc-time";

// One listing shape for the posting form, the public API and the seed. Form values arrive as
// strings (or arrays of strings for repeated keys), so every field tolerates that form and the
// same schema also accepts plain JSON values.

/** Form data sends one value as a string and several as an array; nothing at all means none. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** An unticked checkbox is simply absent from form data. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** Blank text means "not given". */
const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());

// The columns are 32-bit integers; no honest salary comes near the limit in a supported currency.
const MAX_SALARY = 2_000_000_000;
const amount = (missing: string) =>
  z.preprocess(
    // "120,000" and "120 000" are how people write salaries.
    (v) => (typeof v === "string" ? (v.replace(/[\s,_]/g, "") === "" ? undefined : v.replace(/[\s,_]/g, "")) : v),
    z.coerce
      .number({ error: missing })
      .int("Use a whole number, without decimals.")
      .positive("The amount must be more than zero.")
      .max(MAX_SALARY, "That amount is too large."),
  );

const utcTime = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .transform((text, ctx) => {
      const minutes = parseUtcTime(text);
      if (minutes === null) {
        ctx.addIssue({ code: "custom", message: "Use a 24-hour time such as 09:00." });
        return z.NEVER;
      }
      return minutes;
    })
    .optional(),
);

/** A yes/no radio: "yes" or "no" (or a JSON boolean); unanswered is undefined. */
const yesNo = z.preprocess(
  (v) =>
    v === "yes" || v === true
      ? true
      : v === "no" || v === false
        ? false
        : v === undefined || v === null || v === ""
          ? undefined
          : v,
  z.boolean({ error: "Answer yes or no." }).optional(),
);

/** A calendar day as YYYY-MM-DD (what <input type="date"> sends), held as midnight UTC. */
const day = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string({ error: "Use a date such as 2027-01-31." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2027-01-31.")
    .transform((text, ctx) => {
      const date = new Date(`${text}T00:00:00.000Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
        ctx.addIssue({ code: "custom", message: "That date does not exist." });
        return z.NEVER;
      }
      return date;
    })
    .optional(),
);

const subdivisionList = (known: (code: string) => boolean, what: string) =>
  list(
    z
      .string()
      .trim()
      .toUpperCase()
      .refine(known, { error: (issue) => `${String(issue.input).slice(0, 10)} is not a ${what} code.` }),
  ).transform((codes) => [...new Set(codes)]);

const listingFields = z.object({
  title: z
    .string({ error: "Enter a title." })
    .trim()
    .min(5, "Use at least 5 characters for the title.")
    .max(120, "Keep the title under 120 characters."),
  levelId: z.preprocess((v) => (v === "" ? undefined : v), z.string({ error: "Choose a seniority level." }).pipe(idSchema)),
  description: z
    .string({ error: "Describe the role." })
    .trim()
    .min(200, "Describe the role in at least 200 characters.")
    .max(20_000, "Keep the description under 20,000 characters."),
  benefits: optionalText(5_000, "Keep the benefits under 5,000 characters."),
  salaryMin: amount("Enter the bottom of the salary range."),
  salaryMax: amount("Enter the top of the salary range."),
  salaryCurrency: currencySchema,
  salaryPeriod: salaryPeriodSchema,
  equity: optionalText(200, "Keep the equity note under 200 characters."),
  bonus: optionalText(200, "Keep the bonus note under 200 characters."),
  worldwide: checkbox,
  eligibleRegions: list(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{2,32}$/, "That region is not recognised."),
  ).pipe(z.array(z.string()).max(30, "Choose at most 30 regions.")),
  eligibleCountries: list(
    z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCountryCode, {
        error: (issue) => `${String(issue.input)} is not a two-letter ISO country code (such as DE or US).`,
      }),
  ),
  // Limits within the US and Canada (many US remote roles exclude some states); none means the whole country.
  eligibleStates: subdivisionList(isUsState, "US state"),
  eligibleProvinces: subdivisionList(isCaProvince, "Canadian province or territory"),
  applicationsCloseOn: day,
  aiScreening: yesNo,
  existingVacancy: yesNo,
  tzWindowStartUtc: utcTime,
  tzWindowEndUtc: utcTime,
  tzRequiredOverlapHours: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? 0 : v),
    z.coerce
      .number({ error: "Enter the overlap in whole hours." })
      .int("Enter the overlap in whole hours.")
      .min(0, "The overlap cannot be negative.")
      .max(12, "Ask for at most 12 hours of overlap."),
  ),
  visaPolicy: z.enum(VisaPolicy, "Choose a work-authorisation policy."),
  engagementModel: z.enum(EngagementModel, "Choose how the hire will be engaged."),
  skills: list(idSchema)
    .pipe(z.array(z.string()).min(1, "Choose at least one skill.").max(12, "Choose at most 12 skills."))
    .transform((ids) => [...new Set(ids)]),
  // The role at a glance (decision 031): optional facts, blank is "not stated".
  ...listingFactFields,
});

type ListingFields = z.output<typeof listingFields>;

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * Rules across fields. They also run when some fields failed (so every problem shows at once),
 * which is why each value is checked for its type before use. Exported so derived schemas
 * (`listingFields.omit(...).superRefine(listingRules, { when: () => true })`) keep them; zod
 * refuses .omit/.pick on an object that already carries refinements.
 */
function listingRules(v: Partial<ListingFields>, ctx: z.RefinementCtx): void {
  if (typeof v !== "object" || v === null) return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });

  const min = num(v.salaryMin);
  const max = num(v.salaryMax);
  if (min !== undefined && max !== undefined && min > max) {
    issue("salaryMax", "The top of the range must be at least the bottom.");
  }

  const worldwide = v.worldwide === true;
  const countries = strings(v.eligibleCountries);
  if (!worldwide && strings(v.eligibleRegions).length === 0 && countries.length === 0) {
    issue("eligibility", "Say who can apply: worldwide, or at least one region or country.");
  }
  // Pay-transparency rules need the regions' member countries, so the data layer checks them
  // (checkReferences in src/server/listings/employer.ts), as it does whether a state's country is eligible.
  const closes = v.applicationsCloseOn;
  if (closes instanceof Date) {
    const today = new Date().toISOString().slice(0, 10);
    if (closes.toISOString().slice(0, 10) < today) issue("applicationsCloseOn", "The closing date has already passed.");
    else if (closes.getTime() - Date.now() > 2 * 366 * 24 * 60 * 60 * 1000) {
      issue("applicationsCloseOn", "Choose a closing date within two years.");
    }
  }

  const start = num(v.tzWindowStartUtc);
  const end = num(v.tzWindowEndUtc);
  if ((start === undefined) !== (end === undefined)) {
    // Only complain about the missing end when the other end itself was valid input.
    const missing = start === undefined ? "tzWindowStartUtc" : "tzWindowEndUtc";
    if (v[missing] === undefined) issue(missing, "Give both ends of the window, or neither.");
  } else if (start !== undefined && end !== undefined) {
    if (start === end) issue("tzWindowEndUtc", "The window must end at a different time than it starts.");
    else if ((num(v.tzRequiredOverlapHours) ?? 0) * 60 > windowLength(start, end)) {
      issue("tzRequiredOverlapHours", "The required overlap is longer than the working window.");
    }
  }
  listingFactRules(v, issue);
}

export const listingSchema = listingFields.superRefine(listingRules, { when: () => true }).transform((v) => ({
  ...v,
  // Worldwide already includes every region and country; keep the stored eligibility unambiguous.
  eligibleRegions: v.worldwide ? [] : [...new Set(v.eligibleRegions)],
  eligibleCountries: v.worldwide ? [] : [...new Set(v.eligibleCountries)],
  eligibleStates: v.worldwide ? [] : v.eligibleStates,
  eligibleProvinces: v.worldwide ? [] : v.eligibleProvinces,
}));

export type ListingInput = z.output<typeof listingSchema>;
