import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";

// The file itself is judged by its bytes (src/lib/documents/pdf-check.ts); here only that one arrived.
export const uploadCvSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose the PDF of your CV." })
    // A form sent with no file chosen carries an empty, nameless one.
    .refine((file) => file.size > 0 || file.name !== "", "Choose the PDF of your CV."),
});

export const deleteCvSchema = z.object({ documentId: idSchema });

/** The CV chosen when applying: optional; the empty choice ("no CV") is the same as none. */
export const cvChoiceSchema = z
  .union([idSchema, z.literal("")])
  .optional()
  .transform((value) => value || undefined);
