import { feedResponse } from "@/server/feeds/feed-response";

// RSS 2.0 of the newest open roles; the /jobs search parameters narrow it (src/server/feeds/job-feed.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "rss");
}
