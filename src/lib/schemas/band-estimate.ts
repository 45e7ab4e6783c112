import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";
import { payRangeSchema } from "@/lib/schemas/pay";

/**
 * What the posting form knows while the employer types, for a live band position
 * (estimateBandPositionFromForm in src/server/salaries/estimate.ts). Pay as stated; it is normalised there.
 */
export const bandEstimateSchema = z.object({
  levelId: idSchema,
  worldwide: z.boolean(),
  eligibleRegions: z.array(z.string().trim().min(1).max(40)).max(50),
  eligibleCountries: z.array(z.string().trim().toUpperCase().length(2)).max(250),
  pay: payRangeSchema,
});

export type BandEstimateInput = z.input<typeof bandEstimateSchema>;
