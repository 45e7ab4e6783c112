import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";

export const approveListingSchema = z.object({ listingId: idSchema });

export const rejectListingSchema = z.object({
  listingId: idSchema,
  reason: z
    .string()
    .trim()
    .min(10, "Give the employer a reason of at least 10 characters; they will see it.")
    .max(1000, "Keep the reason under 1,000 characters."),
});
