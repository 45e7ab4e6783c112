import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { internalOrigin } from "@/lib/env";
import { escapeMarkup } from "@/lib/seo/escape";
import { listingPath } from "@/lib/site-url";
import { listingAvailabilityForProxy } from "@/server/listings/availability";

// 410 Gone for ended listings (docs/decisions/008-gone-listings.md). An App Router page cannot choose its
// status (notFound() is 404 only) and a proxy rewrite's status is dropped when the page renders, so the
// proxy answers itself: it fetches the "no longer open" page (/jobs/<slug>/gone, a normal page of this
// app, layout and all) from this same server and returns that HTML with status 410.

const GONE_RENDER_HEADER = "x-backplane-gone-render";
// Only this server's own request may render the gone view; a per-process secret marks it.
const holder = globalThis as { backplaneGoneToken?: string };
const token = (holder.backplaneGoneToken ??= crypto.randomUUID());

const LISTING_PATH = /^\/jobs\/([^/]+)(\/gone)?\/?$/;

function slugFrom(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The proxy's answer for a listing URL, or undefined to let the request through to its page. */
export async function answerListingRequest(request: NextRequest): Promise<NextResponse | undefined> {
  const match = LISTING_PATH.exec(request.nextUrl.pathname);
  const slug = match?.[1] ? slugFrom(match[1]) : null;
  if (!match || !slug) return undefined;
  if (match[2]) {
    if (request.headers.get(GONE_RENDER_HEADER) === token) return undefined;
    // From outside, the gone view does not exist: an underscore path is never a route, so this is a 404.
    return NextResponse.rewrite(new URL("/_gone-view-is-internal", request.url));
  }
  // Form posts (server actions) go through: the action refuses an ended listing in its own words.
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  // Link prefetches (a list page prefetches every card) need no lookup: navigating for real asks again.
  if (request.headers.has("next-router-prefetch")) return undefined;
  if ((await listingAvailabilityForProxy(slug)) !== "gone") return undefined;
  return goneResponse(request, slug);
}

const goneHeaders = {
  "content-type": "text/html; charset=utf-8",
  // The page shows who is signed in, like every page here; it is not shared between visitors.
  "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
  "x-robots-tag": "noindex",
};

async function goneResponse(request: NextRequest, slug: string): Promise<NextResponse> {
  // Client-side navigations and prefetches ask for an RSC payload; on a bare 410 the router loads the URL
  // as a whole page instead, which then gets the HTML below.
  if (request.headers.has("rsc")) return new NextResponse(null, { status: 410, headers: goneHeaders });
  try {
    const inner = await fetch(new URL(`${listingPath(slug)}/gone`, internalOrigin()), {
      headers: { [GONE_RENDER_HEADER]: token, cookie: request.headers.get("cookie") ?? "", accept: "text/html" },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(10_000),
    });
    if (inner.ok && inner.body) {
      return new NextResponse(inner.body, {
        status: 410,
        headers: { ...goneHeaders, "content-type": inner.headers.get("content-type") ?? goneHeaders["content-type"] },
      });
    }
    await inner.body?.cancel();
    console.warn(`Gone page for ${slug} answered ${inner.status}; sending the plain 410 page.`);
  } catch (error) {
    console.warn(`Gone page for ${slug} could not be fetched (${String(error)}); sending the plain 410 page.`);
  }
  return new NextResponse(plainGonePage(slug), { status: 410, headers: goneHeaders });
}

/** The last resort when the server cannot reach itself: still a 410, still a way on. */
function plainGonePage(slug: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Role no longer open · Backplane</title></head><body><main><h1>This role is no longer open</h1><p>The listing ${escapeMarkup(slug)} has closed or expired and no longer takes applications.</p><p><a href="/jobs">Browse open roles</a></p></main></body></html>`;
}
