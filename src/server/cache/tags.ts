// Cache tags for data cached across requests. A mutation that changes what a tag covers names the tag
// in its action's `after` (the action wrapper expires it); scripts and jobs call revalidateTag themselves.

/** Anything derived from the set of live listings: home, search, feeds, salary bands, sitemaps. */
export const LISTINGS_TAG = "listings";
