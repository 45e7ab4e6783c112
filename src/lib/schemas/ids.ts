import { z } from "zod";
import { isSlug } from "@/lib/slug";

/** Row ids are cuids; anything else is refused before it reaches a query. */
export const idSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{20,40}$/, "That reference is not valid.");

/**
 * A live listing as public URLs name it: its id (a cuid) or its slug (src/lib/slug.ts; every cuid is also
 * a valid slug), as `/jobs/compare` and the API accept.
 */
export const listingRefSchema = z.string().refine(isSlug, "That is not a listing's id or address.");

/** How many listings one comparison shows: four columns still fit a laptop, and a phone scrolls them. */
export const MAX_COMPARED_LISTINGS = 4;
