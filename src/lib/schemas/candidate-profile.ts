import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { idSchema } from "@/lib/schemas/ids";
import { currencySchema, salaryPeriodSchema } from "@/lib/schemas/pay";
import { parseUtcTime } from "@/lib/utc-time";
import { normaliseTimezone } from "@/lib/utc-offset";

// The candidate's own profile form (/account/profile). Form values arrive as strings, or arrays for
// repeated keys; blank means "not given" for every optional field.

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const optionalText = (max: number, tooLong: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, tooLong).optional());

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code): code is string => isCountryCode(code), "Choose a country from the list.");

/** An unticked checkbox is simply absent from form data. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

const localTime = (missing: string) =>
  z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : v),
    z.string({ error: missing }).transform((text, ctx) => {
      const minutes = parseUtcTime(text);
      if (minutes === null) {
        ctx.addIssue({ code: "custom", message: "Use a 24-hour time such as 09:00." });
        return z.NEVER;
      }
      return minutes;
    }),
  );

/** An absolute http(s) address on a host, optionally limited to one site (and its subdomains). */
const webLink = (label: string, host?: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(300, `Keep the ${label} address under 300 characters.`)
      .refine(
        (text) => {
          let url: URL;
          try {
            url = new URL(text);
          } catch {
            return false;
          }
          if (url.protocol !== "https:" && url.protocol !== "http:") return false;
          if (url.username || url.password || !url.hostname.includes(".")) return false;
          return !host || url.hostname === host || url.hostname.endsWith(`.${host}`);
        },
        `Enter a full ${label} address starting with https://${host ? ` on ${host}` : ""}.`,
      )
      .optional(),
  );

const amount = z.preprocess(
  (v) => (typeof v === "string" ? (v.replace(/[\s,_]/g, "") === "" ? undefined : v.replace(/[\s,_]/g, "")) : v),
  z.coerce
    .number({ error: "Enter an amount." })
    .int("Use a whole number, without decimals.")
    .positive("Enter an amount above zero.")
    .max(2_000_000_000, "That amount is too large.")
    .optional(),
);

export const candidateProfileSchema = z
  .object({
    name: z
      .string({ error: "Enter your name." })
      .trim()
      .min(1, "Enter your name.")
      .max(100, "Keep your name under 100 characters."),
    headline: optionalText(140, "Keep the headline under 140 characters."),
    yearsExperience: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Enter a number of years." })
        .int("Use whole years.")
        .min(0, "Years cannot be negative.")
        .max(60, "Enter at most 60 years.")
        .optional(),
    ),
    country: z.preprocess(blankToUndefined, countryCode.optional()),
    timezone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(64, "Enter a timezone such as Europe/Berlin.")
        .transform((text, ctx) => {
          const zone = normaliseTimezone(text);
          if (!zone) {
            ctx.addIssue({ code: "custom", message: "Enter a timezone such as Europe/Berlin or UTC+01:00." });
            return z.NEVER;
          }
          return zone;
        })
        .optional(),
    ),
    workDayStart: localTime("Enter when your working day starts."),
    workDayEnd: localTime("Enter when your working day ends."),
    workAuthorizations: list(countryCode).pipe(z.array(z.string()).max(60, "Choose at most 60 countries.")),
    levels: list(idSchema).pipe(z.array(z.string()).max(12, "Choose at most 12 levels.")),
    skills: list(idSchema).pipe(z.array(z.string()).max(30, "Choose at most 30 skills.")),
    minPayAmount: amount,
    minPayCurrency: z.preprocess(blankToUndefined, currencySchema.optional()),
    minPayPeriod: z.preprocess(blankToUndefined, salaryPeriodSchema.optional()),
    // What the personal match weighs against a listing's on-call and interview facts (decision 031).
    avoidOnCall: checkbox,
    avoidTakeHome: checkbox,
    githubUrl: webLink("GitHub", "github.com"),
    linkedinUrl: webLink("LinkedIn", "linkedin.com"),
    websiteUrl: webLink("website"),
  })
  .superRefine((profile, ctx) => {
    if (profile.workDayStart >= profile.workDayEnd) {
      ctx.addIssue({ code: "custom", path: ["workDayEnd"], message: "End your working day after it starts." });
    } else if (profile.workDayEnd - profile.workDayStart > 16 * 60) {
      ctx.addIssue({ code: "custom", path: ["workDayEnd"], message: "A working day of more than 16 hours is not one." });
    }
    if (profile.minPayAmount !== undefined) {
      if (!profile.minPayCurrency) ctx.addIssue({ code: "custom", path: ["minPayCurrency"], message: "Choose a currency." });
      if (!profile.minPayPeriod) ctx.addIssue({ code: "custom", path: ["minPayPeriod"], message: "Choose a period." });
    }
  });

export type CandidateProfileInput = z.output<typeof candidateProfileSchema>;

/** 540 -> "09:00": how the form shows a stored local time. */
export function formatLocalMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
