import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";

/** Save / unsave one listing; `returnTo` is where a form without JavaScript goes back to. */
export const savedListingSchema = z.object({
  listingId: idSchema,
  returnTo: z.string().max(500).optional(),
});
