import "server-only";
import { expireTags } from "@/server/cache/expire";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { refreshSearchFacetCounts } from "@/server/search/facet-counts";

/** Recounts the live set's facet values, then expires the cached pages that show them (/jobs, home). */
export async function refreshSearchFacets(): Promise<{ rows: number }> {
  const result = await refreshSearchFacetCounts();
  await expireTags([LISTINGS_TAG]);
  return result;
}
