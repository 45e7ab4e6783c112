import { getActor } from "@/server/auth/session";
import { describeViewer } from "@/server/viewer/viewer";
import { privateJson } from "@/server/viewer/http";

// GET /api/me: the signed-in visitor's own name, role and search defaults, for the islands on shared
// pages (docs/decisions/011-one-url-per-page.md). Signed out: { user: null }.
export const dynamic = "force-dynamic";

export async function GET() {
  return privateJson(await describeViewer(await getActor()));
}
