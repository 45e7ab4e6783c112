import { z } from "zod";

/** Row ids are cuids; anything else is refused before it reaches a query. */
export const idSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{20,40}$/, "That reference is not valid.");
