import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { listingAvailabilityForProxy } from "@/server/listings/availability";
import { findGoneListing, findSimilarLiveListings } from "@/server/listings/gone";
import { GONE_PAGE_CSP, goneListingPage } from "@/server/listings/gone-page";
import { getRegionNames } from "@/server/listings/public";

// 410 Gone for ended listings (docs/decisions/008-gone-listings.md). An App Router page cannot choose its
// status (notFound() is 404 only) and a proxy rewrite's status is dropped when the page renders, so the
// proxy answers itself, with a small page built from data (src/server/listings/gone-page.ts). Nothing
// fetches this server from inside it.

const LISTING_PATH = /^\/jobs\/([^/]+)\/?$/;

function slugFrom(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const goneHeaders = {
  "content-type": "text/html; charset=utf-8",
  // The same for every visitor, but it must not outlive a reopened listing in a shared cache.
  "cache-control": "public, max-age=0, must-revalidate",
  "x-robots-tag": "noindex",
  "content-security-policy": GONE_PAGE_CSP,
};

// An unknown (or unpublished) slug goes through to the page, which answers 404 with notFound(). Listing pages
// are ISR (revalidate, generateStaticParams), and Next sends such a 404 as shared-cacheable for a year
// (`s-maxage=31536000`, reported in issue 7: a cache entry without its own revalidate falls back to
// CACHE_ONE_YEAR_SECONDS in Next 16.4's app-page handler), so a CDN would keep "not found" long after the
// listing is approved. Next keeps a Cache-Control the proxy already set (sendRenderResult
// only fills in a missing one), so the proxy marks these answers private and unstored. A listing approved
// a moment after the lookup (cached for a second) may get this header on its 200 once: harmless.
const missingHeaders = { "cache-control": "private, no-store" };

/** The proxy's answer for a listing URL, or undefined to let the request through to its page. */
export async function answerListingRequest(request: NextRequest): Promise<NextResponse | undefined> {
  const match = LISTING_PATH.exec(request.nextUrl.pathname);
  const slug = match?.[1] ? slugFrom(match[1]) : null;
  if (!slug) return undefined;
  // Form posts (server actions) go through: the action refuses an ended listing in its own words.
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  // Link prefetches (a list page prefetches every card) need no lookup: navigating for real asks again.
  if (request.headers.has("next-router-prefetch")) return undefined;
  const availability = await listingAvailabilityForProxy(slug);
  if (availability === "missing") return NextResponse.next({ headers: missingHeaders });
  if (availability !== "gone") return undefined;
  // Client-side navigations ask for an RSC payload; on a bare 410 the router loads the URL as a whole
  // page instead, which then gets the HTML below.
  if (request.headers.has("rsc")) return new NextResponse(null, { status: 410, headers: goneHeaders });
  const listing = await findGoneListing(slug);
  // Reopened in the moment since the lookup above: the page itself answers.
  if (!listing) return undefined;
  const [similar, regionNames] = await Promise.all([findSimilarLiveListings(listing.level.slug), getRegionNames()]);
  const html = request.method === "HEAD" ? null : goneListingPage({ listing, similar, regionNames });
  return new NextResponse(html, { status: 410, headers: goneHeaders });
}
