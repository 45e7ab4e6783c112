import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";

/** The stages a company may move an applicant to (withdrawing is the candidate's). */
export const COMPANY_STAGES = ["REVIEWING", "INTERVIEW", "OFFER", "HIRED", "REJECTED"] as const;

const stage = z.enum(COMPANY_STAGES, "Choose a stage from the list.");

const message = z
  .string()
  .trim()
  .max(2000, "Keep the message under 2,000 characters.")
  .optional()
  .transform((m) => m || null);

export const moveApplicantSchema = z.object({ applicationId: idSchema, to: stage, message });

export const moveApplicantsSchema = z.object({
  listingId: idSchema,
  // A form sends one checked box as a string and several as an array.
  applicationIds: z
    .preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(idSchema).max(500, "Move at most 500 applicants at once."),
    )
    .refine((ids) => ids.length > 0, "Tick at least one applicant."),
  to: stage,
  message,
});

export const applicationNoteSchema = z.object({
  applicationId: idSchema,
  body: z.string().trim().min(1, "Write the note first.").max(4000, "Keep the note under 4,000 characters."),
});

export const rateApplicationSchema = z.object({
  applicationId: idSchema,
  // An empty choice clears the rating.
  rating: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(["1", "2", "3", "4", "5"], "Choose a rating from 1 to 5.").optional())
    .transform((r) => (r === undefined ? null : Number(r))),
});
