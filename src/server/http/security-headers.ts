import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { siteUrl } from "@/lib/site-url";

// Security headers for every response the proxy sees: pages, API, feeds, errors and the 410 page
// (docs/decisions/017-content-security-policy.md). Script policy by class of route:
// - private pages (already dynamic, never cached): a fresh nonce per request and 'strict-dynamic';
// - public pages (cached whole, shared by every visitor, so no per-request nonce is possible):
//   'self' 'unsafe-inline', with output escaping as the XSS defence (tested in the unit and e2e suites);
// - everything that is not an HTML document (API, feeds, sitemap, robots): nothing may load at all.

const PRIVATE_PREFIXES = ["/account", "/employer", "/admin", "/settings", "/sign-in", "/sign-up"];
// /documents/: uploaded files (CVs), downloaded as attachments, never pages.
const NON_DOCUMENT_PREFIXES = ["/api/", "/feeds/", "/documents/", "/sitemap.xml", "/robots.txt"];

export type RouteClass = "private" | "public" | "non-document";

export function routeClass(pathname: string): RouteClass {
  const under = (prefix: string) => pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
  if (NON_DOCUMENT_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return "non-document";
  return PRIVATE_PREFIXES.some(under) ? "private" : "public";
}

const https = () => siteUrl().protocol === "https:";
// React's development build evaluates strings for its stack traces; production never needs eval.
const devEval = env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

export function contentSecurityPolicy(kind: RouteClass, nonce?: string): string {
  if (kind === "non-document") return "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
  const scripts = nonce ? `'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${devEval}`,
    // Inline style attributes (SVG charts) and Next's injected styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https() ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every response carries, whatever its class. */
export function baseSecurityHeaders(): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy":
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    ...(https() ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * The proxy's security for one request: `next()` lets it through (telling Next the nonce, which it puts on
 * its own inline scripts), and `apply()` sets the headers on whatever response the proxy returns.
 */
export function securityFor(request: NextRequest) {
  const kind = routeClass(request.nextUrl.pathname);
  const nonce = kind === "private" ? Buffer.from(crypto.randomUUID()).toString("base64") : undefined;
  const policy = contentSecurityPolicy(kind, nonce);
  return {
    next(): NextResponse {
      if (!nonce) return NextResponse.next();
      const headers = new Headers(request.headers);
      headers.set("content-security-policy", policy);
      return NextResponse.next({ request: { headers } });
    },
    apply(response: NextResponse): NextResponse {
      for (const [name, value] of Object.entries(baseSecurityHeaders())) response.headers.set(name, value);
      // A response the proxy built with its own, stricter policy (the 410 page's hashes) keeps it.
      if (!response.headers.has("Content-Security-Policy")) response.headers.set("Content-Security-Policy", policy);
      return response;
    },
  };
}
