import "server-only";
import { expireTags } from "@/server/cache/expire";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { recomputeSalaryBands } from "@/server/salaries/recompute";

/** Recomputes every salary band, then expires the cached pages that show band figures. */
export async function refreshSalaryBands(): Promise<{ groups: number }> {
  const { groups } = await recomputeSalaryBands();
  await expireTags([LISTINGS_TAG]);
  return { groups };
}
