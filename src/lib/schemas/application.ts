import { z } from "zod";
import { cvChoiceSchema } from "@/lib/schemas/documents";
import { idSchema } from "@/lib/schemas/ids";

export const applySchema = z.object({
  listingId: idSchema,
  coverNote: z
    .string()
    .trim()
    .min(20, "Write at least 20 characters: a few lines on why this role fits you.")
    .max(5000, "Keep the note under 5,000 characters."),
  /** One of the candidate's own CVs, or none. */
  cvDocumentId: cvChoiceSchema,
});

export type ApplyInput = z.infer<typeof applySchema>;

export const withdrawApplicationSchema = z.object({
  applicationId: idSchema,
  reason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(1000, "Keep the reason under 1,000 characters.").optional(),
  ),
});

/** The same rules as when applying. */
export const editCoverNoteSchema = z.object({ applicationId: idSchema, coverNote: applySchema.shape.coverNote });
