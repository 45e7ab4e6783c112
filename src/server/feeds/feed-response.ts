import "server-only";
import { createHash } from "node:crypto";
import { buildJsonFeed } from "@/lib/feeds/json-feed";
import { buildRss } from "@/lib/feeds/rss";
import type { FeedFormat } from "@/lib/feeds/feed-urls";
import { loadJobFeed } from "@/server/feeds/job-feed";
import { feedLastModified } from "@/server/feeds/last-modified";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/**
 * True when the client's cached copy is the one we would send. If-None-Match (the ETag, exact) decides when
 * present; otherwise If-Modified-Since against Last-Modified (RFC 9110, 13.2.2). An unreadable date is ignored.
 */
function unchanged(request: Request, etag: string, lastModified: Date | null): boolean {
  const tags = request.headers.get("if-none-match");
  if (tags) return tags.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return lastModified !== null && Number.isFinite(since) && lastModified.getTime() <= since;
}

/**
 * The feed for the request's search parameters. Readers poll: the body is cached by them for five minutes,
 * and revalidated with an ETag or Last-Modified (a 304 costs the search, served from the data cache, but no
 * transfer).
 */
export async function feedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const loaded = await loadJobFeed(new URL(request.url).searchParams, format);
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `${e.parameter}: ${e.message}`).join("\n");
    return new Response(`Invalid search parameters.\n${lines}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const body = format === "rss" ? buildRss(loaded.feed) : JSON.stringify(buildJsonFeed(loaded.feed));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const lastModified = await feedLastModified(loaded.feed);
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[format],
    "cache-control": "public, max-age=300",
    etag,
    // Feeds are public data; browser-based readers on other sites may fetch them.
    "access-control-allow-origin": "*",
    // Last-Modified is readable cross-origin anyway (CORS-safelisted); the ETag only when exposed.
    "access-control-expose-headers": "ETag",
    "x-content-type-options": "nosniff",
    ...(lastModified ? { "last-modified": lastModified.toUTCString() } : {}),
  };
  if (unchanged(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
