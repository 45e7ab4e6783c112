import type { NextRequest } from "next/server";
import { getActor } from "@/server/auth/session";
import { describeViewer } from "@/server/viewer/viewer";

// GET /account/search-defaults?<search>: the search with the candidate's profile country and timezone
// filled in, for visitors without JavaScript (with it, an island on /jobs does this in place). Signed out:
// sign in first and come back. Only redirects; reads nothing but the visitor's own profile.
export const dynamic = "force-dynamic";

const see = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });

export async function GET(request: NextRequest) {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const actor = await getActor();
  if (!actor) return see(`/sign-in?callbackUrl=${encodeURIComponent(`/account/search-defaults?${params.toString()}`)}`);
  const { searchDefaults } = await describeViewer(actor);
  params.delete("cursor");
  if (searchDefaults) {
    params.set("country", searchDefaults.country);
    params.set("tz", searchDefaults.tz);
  }
  return see(`/jobs?${params.toString()}`);
}
