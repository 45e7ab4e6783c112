import type { NextRequest } from "next/server";
import { refuseMalformedRequest } from "@/server/http/request-guard";
import { securityFor } from "@/server/http/security-headers";
import { answerListingRequest } from "@/server/listings/gone-response";

// Runs before routing (Node.js runtime) for every request but Next's static files. Authorisation never
// lives here (decision 004), and neither does caching: every page has one URL, the same for every visitor
// (decision 011). In order: input no route could use gets a 4xx (src/server/http/request-guard.ts); ended
// listings answer 410 Gone (decision 008). Every answer carries the security headers (decision 017).
export async function proxy(request: NextRequest) {
  const security = securityFor(request);
  const response = refuseMalformedRequest(request) ?? (await answerListingRequest(request)) ?? security.next();
  return security.apply(response);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
