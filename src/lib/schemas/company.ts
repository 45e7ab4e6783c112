import { z } from "zod";
import { COMPANY_SIZES } from "@/lib/labels";
import { idSchema } from "@/lib/schemas/ids";
import { MEETING_STYLES, REMOTE_MODELS } from "@/lib/remote-policy";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((t) => t || null);

/** An optional choice: the empty option is no choice, anything else must be valid. */
const blankAsNone = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).transform((v) => v ?? null);

/** Only http(s) addresses: anything else (javascript:, mailto:, a bare word) is refused beside the field. */
export const websiteSchema = z
  .string()
  .trim()
  .max(300, "Keep the address under 300 characters.")
  .optional()
  .transform((t, ctx) => {
    if (!t) return null;
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(t) ? t : `https://${t}`);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a web address such as https://example.com." });
      return z.NEVER;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".") || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Enter a web address starting with https:// or http://." });
      return z.NEVER;
    }
    return url.href;
  });

/** An optional whole number from a form field: blank is none. */
const optionalWhole = (min: number, max: number, message: string) =>
  z
    .preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
      z.coerce.number(message).int(message).min(min, message).max(max, message).optional(),
    )
    .transform((v) => v ?? null);

export const companySettingsSchema = z
  .object({
    name: z.string().trim().min(2, "Enter the company's name.").max(120, "Keep the name under 120 characters."),
    website: websiteSchema,
    size: blankAsNone(z.enum(COMPANY_SIZES, "Choose a size from the list.")),
    industryId: blankAsNone(idSchema),
    headquarters: optionalText(120, "Keep the headquarters under 120 characters."),
    remoteModel: blankAsNone(z.enum(REMOTE_MODELS, "Choose how remote you work from the list.")),
    meetingStyle: blankAsNone(z.enum(MEETING_STYLES, "Choose how the team meets from the list.")),
    coreOverlapHours: optionalWhole(1, 8, "Enter whole hours from 1 to 8."),
    offsitesPerYear: optionalWhole(0, 12, "Enter a whole number from 0 to 12."),
    remotePolicy: optionalText(300, "Keep the remote policy under 300 characters."),
    benefits: optionalText(2000, "Keep the benefits under 2,000 characters."),
    description: optionalText(3000, "Keep the description under 3,000 characters."),
    // A form sends one ticked box as a string and several as an array.
    techStack: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(idSchema).max(30, "Choose at most 30 technologies."),
    ),
  })
  // Overlap hours belong to core hours only; with another choice they would describe nothing.
  .transform((input) => (input.meetingStyle === "CORE_HOURS" ? input : { ...input, coreOverlapHours: null }));

/** The logo upload: the file is judged by its bytes (src/lib/images/logo-check.ts); here only that one arrived. */
export const companyLogoSchema = z.object({
  logo: z
    .instanceof(File, { message: "Choose an image of your logo." })
    // A form sent with no file chosen carries an empty, nameless one.
    .refine((file) => file.size > 0 || file.name !== "", "Choose an image of your logo."),
});

export type CompanySettingsInput = z.output<typeof companySettingsSchema>;

/** What the owner types to get a verification link: the part before the @ (or a whole address on the domain). */
export const companyVerificationSchema = z.object({
  address: z.string().trim().min(1, "Enter the part before the @, such as jobs.").max(254, "That address is too long."),
});
