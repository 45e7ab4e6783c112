import { siteUrl } from "@/lib/site-url";

// Characters a browser strips or rewrites before it follows a Location (tabs, newlines, other C0/C1
// controls, DEL), plus backslashes, which browsers read as slashes: "/\t/evil.example" and "/\evil.example"
// both end up at //evil.example. A candidate containing any of them is refused outright, not cleaned.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/;

/**
 * The one check for redirect targets taken from input (callbackUrl): the candidate must resolve, against
 * the site's own origin, to a path on that origin. The answer is the normalised path, query and fragment
 * (percent-encoded, so it is always a valid Location header); anything else gives the fallback.
 */
export function safeCallbackPath(value: unknown, fallback: string, origin: URL = siteUrl()): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can normalise "/a/..//x" into "//x", which a browser would treat as another host.
  return path.startsWith("//") ? fallback : path;
}

export function homeForRole(role: "CANDIDATE" | "EMPLOYER" | "ADMIN"): string {
  if (role === "EMPLOYER") return "/employer/listings";
  if (role === "ADMIN") return "/admin/review";
  return "/";
}
