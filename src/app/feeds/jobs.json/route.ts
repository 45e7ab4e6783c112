import { feedResponse } from "@/server/feeds/feed-response";

// JSON Feed 1.1 of the newest open roles; the /jobs search parameters narrow it (src/server/feeds/job-feed.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "json");
}
