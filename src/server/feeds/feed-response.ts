import "server-only";
import { createHash } from "node:crypto";
import { buildJsonFeed } from "@/lib/feeds/json-feed";
import { buildRss } from "@/lib/feeds/rss";
import type { FeedFormat } from "@/lib/feeds/feed-urls";
import { loadJobFeed } from "@/server/feeds/job-feed";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** True when the client's cached copy (If-None-Match) is the one we would send. */
function unchanged(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  return !!header && header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * The feed for the request's search parameters. Readers poll: the body is cached by them for five minutes,
 * and revalidated with an ETag (a 304 costs the search, served from the data cache, but no transfer).
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
  const headers = {
    "content-type": CONTENT_TYPES[format],
    "cache-control": "public, max-age=300",
    etag,
    // Feeds are public data; browser-based readers on other sites may fetch them.
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
  };
  if (unchanged(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
