import { queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";

// Addresses of the "Best match for me" order (decision 035), shared by the /jobs island, the no-script
// page /account/matches and the links between them, so a search keeps its parameters across all three.

/** The search without sort or cursor, as the match order's links carry it. */
export function bestMatchParams(query: SearchQuery): string {
  const params = queryToSearchParams({ ...query, sort: undefined }, { withLimit: true });
  // Blank, not absent: the profile defaults have had their say (as on the next-page link).
  if (!query.country) params.set("country", "");
  if (!query.tz) params.set("tz", "");
  return params.toString();
}

/** `href` (which already has a query) moved to the page that starts at `cursor`. */
export function withMatchCursor(href: string, cursor: string): string {
  return `${href}&cursor=${encodeURIComponent(cursor)}`;
}
