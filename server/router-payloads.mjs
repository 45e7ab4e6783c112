// @ts-check
// Browsers must not store the router's RSC payloads (docs/decisions/011-one-url-per-page.md).
//
// Next marks the payload of a page kept in its full-route cache (the home page, listing pages) as shared
// cacheable (`s-maxage`, `stale-while-revalidate`), and Chromium then writes it to its HTTP cache. The
// router asks for the same payload twice in a row (a prefetch and its segment tree) and drops the first
// body once it has what it needs; Chromium holds the second request behind the unfinished cache entry for
// about 25 s (measured: a stalled `/?_rsc=` on every /jobs page, gone with the browser cache disabled).
// The router keeps payloads in its own memory cache, so nothing is lost by telling the browser not to:
// HTML answers keep Next's caching headers for CDNs and the browser alike.

const NO_STORE = "private, no-store";

/**
 * Makes an RSC response (request header `RSC: 1`) uncacheable by browsers, whatever Next sets later.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function keepRouterPayloadsOutOfBrowserCache(request, response) {
  if (request.headers.rsc !== "1") return;
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === "cache-control" ? NO_STORE : value);
  setHeader("Cache-Control", NO_STORE);
}
