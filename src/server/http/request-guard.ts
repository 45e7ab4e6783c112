import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { escapeMarkup } from "@/lib/seo/escape";
import { siteUrl } from "@/lib/site-url";
import { findUnsafeUrlPart } from "@/lib/url-safety";
import { MCP_MAX_BODY_BYTES, MCP_PATH, bodyTooLarge } from "@/server/mcp/errors";

// The edge checks every request passes before any page, route or action sees it (issue 8): input that
// no page could use is answered here with a 4xx instead of reaching PostgreSQL (which refuses NUL) or
// Next's router (which fails on malformed percent-encoding) and coming back as a 500.
// - a path segment that is malformed or holds a control character: 404, the ordinary not-found page;
// - a query parameter that does: 400, naming the parameter;
// - a POST to a page (a server action) from another site (its Origin is not this site): 403, whatever
//   X-Forwarded-Host says;
// - a multipart body without a boundary: 400; a body over 1 MB (8 MB to the CV upload page): 413, before
//   it is read (Next checks again, at 8 MB, while reading bodies sent without a length). The MCP endpoint's
//   cap is its own 64 KB, refused here in its own JSON-RPC shape: its clients read JSON, not a page (and a
//   body sent without a length is capped by its route while reading).

/** Every form but the CV upload; far above what any of them sends. */
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The CV upload page's actions: a 5 MB PDF plus the form around it, with room to spare so that a file a
 * little over 5 MB reaches the action and is refused beside its field rather than by this page.
 * Equal to `experimental.serverActions.bodySizeLimit` in next.config.ts: raise both together.
 */
export const MAX_UPLOAD_BODY_BYTES = 8 * 1024 * 1024;
// The company page takes a logo of up to 1 MB; the same room lets an oversized one be refused beside its field.
const UPLOAD_PATHS = new Set(["/account/cvs", "/employer/company"]);

/** The largest body a POST to this path may carry. */
export function maxBodyBytes(pathname: string): number {
  if (pathname === MCP_PATH) return MCP_MAX_BODY_BYTES;
  return UPLOAD_PATHS.has(pathname) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}

/** Rewriting to an underscore path, which is never a route, renders the app's 404 page. */
const NOT_FOUND_PATH = "/_malformed-path";

export function refuseMalformedRequest(request: NextRequest): NextResponse | undefined {
  const url = new URL(request.url);
  const problem = findUnsafeUrlPart(url.pathname, url.search);
  const api = url.pathname.startsWith("/api/");
  if (problem?.part === "path") {
    if (api) return apiError(404, "not_found", "No such resource.");
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  if (problem?.part === "query") {
    const message = `The parameter “${problem.parameter}” ${problem.reason}.`;
    if (api) return apiError(400, "invalid_parameter", message, problem.parameter);
    return htmlError(400, "Bad request", message);
  }
  if (request.method === "POST") return refuseBadPost(request, api, url.pathname);
  return undefined;
}

function refuseBadPost(request: NextRequest, api: boolean, pathname: string): NextResponse | undefined {
  const origin = request.headers.get("origin");
  // Pages receive server actions, which ride on the visitor's cookies: only this site's pages may post
  // them. Route handlers under /api/ check their own callers (next-auth's CSRF token, signed links), and
  // some are posted by other services (one-click unsubscribe from a mail provider).
  if (!api && origin !== null && !allowedOrigins(request).has(origin)) {
    return htmlError(403, "Refused", "This form was sent from another site. Open the page on Backplane and try again.");
  }
  const limit = maxBodyBytes(pathname);
  if (Number(request.headers.get("content-length") ?? 0) > limit) {
    if (pathname === MCP_PATH) return bodyTooLarge();
    return htmlError(413, "Too large", `This form is larger than Backplane accepts (${limit / (1024 * 1024)} MB).`);
  }
  const type = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type) && !/;\s*boundary=/i.test(type)) {
    return htmlError(400, "Bad request", "The form data could not be read.");
  }
  return undefined;
}

/**
 * The origins whose pages may post forms here: the configured public origin (SITE_URL, NEXTAUTH_URL) —
 * never a forwarded header. In development the address the browser used is accepted too, so
 * http://127.0.0.1:3000 works beside http://localhost:3000.
 */
function allowedOrigins(request: NextRequest): Set<string> {
  const origins = new Set([siteUrl().origin]);
  if (env.NEXTAUTH_URL) origins.add(new URL(env.NEXTAUTH_URL).origin);
  if (env.NODE_ENV !== "production") origins.add(new URL(request.url).origin);
  return origins;
}

function apiError(status: number, code: string, message: string, parameter?: string): NextResponse {
  return NextResponse.json(
    { error: { code, message, ...(parameter ? { parameter } : {}) } },
    { status, headers: { "Cache-Control": "private, no-store", "Access-Control-Allow-Origin": "*" } },
  );
}

function htmlError(status: number, title: string, message: string): NextResponse {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Backplane</title></head><body><main><h1>${title}</h1><p>${escapeMarkup(message)}</p><p><a href="/">Go to Backplane</a></p></main></body></html>`;
  return new NextResponse(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
