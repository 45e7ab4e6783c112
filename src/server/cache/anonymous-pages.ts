import { NextResponse, type NextRequest } from "next/server";

// Whole-page caching for visitors without a session (docs/decisions/007-search.md). The home page and
// listing pages render per request because the header (and the apply box, the eligibility verdict) read
// the session. A visitor with no session cookie sees the same page as every other such visitor, so the
// proxy rewrites their GET to a copy of the route under /cached that is rendered once, kept by Next's
// full-route cache, refreshed every few minutes and expired with LISTINGS_TAG (the page's data carries the
// tag). Anyone with a session, and any request with a query string, gets the live page.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const LISTING = /^\/jobs\/([^/]+)\/?$/;

function hasQuery(request: NextRequest): boolean {
  // Client navigations add _rsc (a cache buster for the RSC payload); it does not change the page.
  return [...request.nextUrl.searchParams.keys()].some((key) => key !== "_rsc");
}

/** The rewrite to the cached copy of this page, or undefined when the visitor must get the live page. */
export function anonymousPageRewrite(request: NextRequest): NextResponse | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  if (hasQuery(request) || SESSION_COOKIES.some((name) => request.cookies.has(name))) return undefined;
  const { pathname } = request.nextUrl;
  const target = pathname === "/" ? "/cached/home" : LISTING.test(pathname) ? `/cached${pathname.replace(/\/$/, "")}` : null;
  if (!target) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}
