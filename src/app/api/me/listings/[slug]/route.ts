import { isSlug } from "@/lib/slug";
import { getActor } from "@/server/auth/session";
import { privateJson } from "@/server/viewer/http";
import { describeViewerListing } from "@/server/viewer/listing";

// GET /api/me/listings/{slug}: the visitor's eligibility verdict for a live listing and their own
// application to it, for the listing page's islands. A listing that is not live is a 404, as on its page.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/me/listings/[slug]">) {
  const { slug } = await params;
  const answer = isSlug(slug) ? await describeViewerListing(await getActor(), slug) : null;
  return answer ? privateJson(answer) : privateJson({ error: "No open listing has this slug." }, 404);
}
