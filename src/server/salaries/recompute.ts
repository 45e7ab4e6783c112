import "server-only";
import { db } from "@/server/db";
import { recomputeSalaryBandsWith, type RecomputeResult } from "@/server/salaries/recompute-sql";

/**
 * Rewrites every salary band from the current listings (one transaction; docs/decisions/006). Mutations
 * do not call this: the lifecycle enqueues the refresh-salary-bands job (src/server/jobs).
 */
export async function recomputeSalaryBands(now: Date = new Date()): Promise<RecomputeResult> {
  return recomputeSalaryBandsWith(db, now);
}
