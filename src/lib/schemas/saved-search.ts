import { z } from "zod";
import type { AlertFrequency } from "@/generated/prisma/enums";
import { idSchema } from "@/lib/schemas/ids";

// Saved searches: a name, how often to mail new matches, and the search itself as its canonical /jobs
// parameters (queryToSearchParams), so a saved search and the page it came from always agree.

/** What the forms send and show; the column stores the enum. */
export const ALERT_FREQUENCIES = { daily: "DAILY", weekly: "WEEKLY", off: "NONE" } as const satisfies Record<
  string,
  AlertFrequency
>;
export type AlertFrequencySlug = keyof typeof ALERT_FREQUENCIES;

export const alertFrequencyLabel: Record<AlertFrequencySlug, string> = {
  daily: "Daily email",
  weekly: "Weekly email",
  off: "No email",
};

export function frequencySlug(frequency: AlertFrequency): AlertFrequencySlug {
  return frequency === "DAILY" ? "daily" : frequency === "WEEKLY" ? "weekly" : "off";
}

const name = z
  .string({ error: "Name this search." })
  .trim()
  .min(1, "Name this search.")
  .max(80, "Keep the name under 80 characters.");

const frequency = z
  .enum(["daily", "weekly", "off"], { error: "Choose daily, weekly or no email." })
  .transform((slug) => ALERT_FREQUENCIES[slug]);

export const createSavedSearchSchema = z.object({
  /** The search's URL parameters, e.g. "q=kafka&level=staff". */
  query: z
    .string()
    .max(2000, "That search is too long to save.")
    .transform((text) => text.replace(/^\?/, "")),
  name,
  frequency,
});

export const updateSavedSearchSchema = z.object({ savedSearchId: idSchema, name, frequency });

export const deleteSavedSearchSchema = z.object({ savedSearchId: idSchema });
