import { z } from "zod";
import { EMPLOYER_CLOSE_REASONS } from "@/lib/close-reasons";
import { idSchema } from "@/lib/schemas/ids";
import { listingSchema } from "@/lib/schemas/listing";

// The employer's actions on one of the company's listings. The listing form's two buttons name an
// intent: "save" keeps the listing where it is (a new one becomes a draft), "submit" also sends it for review.

const intent = z.object({
  intent: z.enum(["save", "submit"], "Choose to save the listing or submit it.").default("submit"),
});

/** The posting form for a new listing. */
export const newListingSchema = z.intersection(intent, listingSchema);

/** The same form for an existing listing. */
export const editListingSchema = z.intersection(intent.extend({ listingId: idSchema }), listingSchema);

export const listingRefSchema = z.object({ listingId: idSchema });

export const closeListingSchema = listingRefSchema.extend({
  closeReason: z.enum(EMPLOYER_CLOSE_REASONS, "Choose why the role is closing."),
});
