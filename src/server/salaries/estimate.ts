import "server-only";
import { normalisePay } from "@/lib/pay";
import { bandEstimateSchema } from "@/lib/schemas/band-estimate";
import { getRegions } from "@/server/listings/public";
import { compareWithBand, type BandComparison, type BandPositionInput } from "@/server/salaries/position";

// The band position of pay that is not saved yet: for the posting form, live as the employer types.
// Read-only and public data (the same bands /salaries shows), so it needs no actor; the form's own
// server function decides who may call it.

async function estimateBandPosition(input: BandPositionInput, now: Date = new Date()): Promise<BandComparison> {
  return compareWithBand(input, await getRegions(), now);
}

/** From the form's raw fields; null while they are incomplete or invalid (nothing to show yet). */
export async function estimateBandPositionFromForm(raw: unknown, now: Date = new Date()): Promise<BandComparison | null> {
  const parsed = bandEstimateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { pay, ...eligibility } = parsed.data;
  return estimateBandPosition({ ...eligibility, ...normalisePay(pay) }, now);
}
