import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";

// A moderator's decision on an edit of a published listing. `version` is the edit's sent time (ms) as the
// moderator's page showed it, so a decision applies to exactly the version that was read. Approving a
// listing waiting for review carries one too: its last change (ms), see src/lib/schemas/moderation.ts.
export const listingVersionSchema = z.coerce
  .number({ error: "That version is not valid." })
  .int("That version is not valid.")
  .positive("That version is not valid.")
  .max(8.64e15, "That version is not valid.");

const version = listingVersionSchema;

export const approveEditSchema = z.object({ listingId: idSchema, version });

export const rejectEditSchema = z.object({
  listingId: idSchema,
  version,
  reason: z
    .string({ error: "Give the employer a reason; they will see it." })
    .trim()
    .min(10, "Give the employer a reason of at least 10 characters; they will see it.")
    .max(1000, "Keep the reason under 1,000 characters."),
});
