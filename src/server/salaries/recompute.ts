import "server-only";
import { recomputeSalaryBandsWith, type RecomputeResult } from "@/server/salaries/recompute-sql";
import { db } from "@/server/db";

/** Rewrites every salary band from the current listings (one transaction; docs/decisions/006). */
export async function recomputeSalaryBands(now: Date = new Date()): Promise<RecomputeResult> {
  return recomputeSalaryBandsWith(db, now);
}

/**
 * For mutation paths, after their own transaction has committed: the change is already saved, so a
 * failure here must not turn it into an error. Bands are derived data; the next read past their
 * maximum age recomputes them anyway (src/lib/salary-bands.ts BAND_MAX_AGE_MS).
 */
export async function refreshSalaryBandsAfterChange(): Promise<void> {
  try {
    await recomputeSalaryBands();
  } catch (error) {
    console.error("Salary bands could not be recomputed; they refresh on a later read.", error);
  }
}
