import { NextResponse, type NextRequest } from "next/server";
import { queryToSearchParams, searchParamsToQuery } from "@/lib/schemas/search";

// Whole-page caching for visitors without a session (docs/decisions/007-search.md). Public pages render per
// request because the header (and the apply box, the eligibility verdict, the profile's search defaults)
// read the session. A visitor with no session cookie sees what every such visitor sees, so the proxy
// rewrites their GET of a search or listing page to a force-static copy under /cached, rendered once, kept
// in Next's full-route cache and expired with LISTINGS_TAG (the page's data carries the tag). A search's
// query moves into the path in canonical form. Anyone with a session gets the live page. (The home page's
// rewrite is in next.config.ts.)

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const LISTING = /^\/jobs\/([^/]+)\/?$/;
const MAX_SEARCH_KEY = 600;

function hasQuery(request: NextRequest): boolean {
  // Client navigations add _rsc (a cache buster for the RSC payload); it does not change the page.
  return [...request.nextUrl.searchParams.keys()].some((key) => key !== "_rsc");
}

/**
 * A search as a path segment: the canonical form of its valid query, base64url. Null when some parameter
 * is invalid (the live page explains it) or the query is too long to be worth a cache entry.
 */
function searchKey(request: NextRequest): string | null {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  params.delete("_rsc");
  const { query, errors } = searchParamsToQuery(params);
  if (errors.length > 0) return null;
  const canonical = queryToSearchParams(query, { withCursor: true, withLimit: true });
  if (query.skillMatch === "all") canonical.set("skillMatch", "all");
  const key = Buffer.from(canonical.toString(), "utf8").toString("base64url");
  return key.length <= MAX_SEARCH_KEY ? key || "all" : null;
}

function target(request: NextRequest): string | null {
  const { pathname } = request.nextUrl;
  if (pathname === "/jobs") {
    const key = searchKey(request);
    return key === null ? null : `/cached/search/${key}`;
  }
  if (hasQuery(request)) return null;
  return LISTING.test(pathname) ? `/cached${pathname.replace(/\/$/, "")}` : null;
}

/** The rewrite to the cached copy of this page, or undefined when the visitor must get the live page. */
export function anonymousPageRewrite(request: NextRequest): NextResponse | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return undefined;
  const path = target(request);
  if (!path) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = path;
  // The query now lives in the path; only the RSC cache-buster stays, as Next expects it.
  const rsc = request.nextUrl.searchParams.get("_rsc");
  url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
  return NextResponse.rewrite(url);
}
