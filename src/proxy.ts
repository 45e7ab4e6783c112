import { NextResponse, type NextRequest } from "next/server";
import { anonymousPageRewrite } from "@/server/cache/anonymous-pages";
import { answerListingRequest } from "@/server/listings/gone-response";

// Runs before routing (Node.js runtime). Its one job so far: ended listings answer 410 Gone
// (docs/decisions/008-gone-listings.md). Authorisation never lives here (decision 004).
// Then anonymous visitors of the search and listing pages get the cached copy (decision 007; the home
// page's is a rewrite in next.config.ts).
export async function proxy(request: NextRequest) {
  return (await answerListingRequest(request)) ?? anonymousPageRewrite(request) ?? NextResponse.next();
}

export const config = {
  matcher: ["/jobs", "/jobs/:slug", "/jobs/:slug/gone"],
};
