import "server-only";

// Answers about the visitor themself: never stored by the browser's or anyone else's cache, and varied by
// cookie in case something in between ignores no-store. No CORS headers: other sites cannot read them.
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export function privateJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE });
}
