import { listingRefSchema } from "@/lib/schemas/ids";
import { apiError, apiJson, preflight, rateLimited } from "@/server/api/http";
import { findApiJob } from "@/server/api/jobs";

// GET /api/v1/jobs/{idOrSlug}: one live listing with its description. Ended or unknown: 404.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/jobs/[idOrSlug]">) {
  const limited = await rateLimited(request);
  if (limited) return limited;
  const { idOrSlug } = await params;
  // Something that cannot be an id or slug is answered like an unknown one, without a query.
  const job = listingRefSchema.safeParse(idOrSlug).success ? await findApiJob(idOrSlug) : null;
  if (!job) return apiError(404, "not_found", "No open listing has this id or slug.");
  return apiJson(job, { headers: { "Cache-Control": "public, max-age=30" } });
}

export function OPTIONS() {
  return preflight();
}
