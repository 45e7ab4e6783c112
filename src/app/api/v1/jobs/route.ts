import { ValidationError } from "@/lib/errors";
import { parseSearchParams } from "@/lib/schemas/search";
import { apiError, apiJson, preflight, rateLimited } from "@/server/api/http";
import { toApiJob } from "@/server/api/jobs";
import { cachedSearchListings } from "@/server/search/cached";

// GET /api/v1/jobs: the /jobs search as JSON (same parameters, same schema), one keyset page at a time.
// Documented in docs/api.md and /api/v1/openapi.json.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const limited = await rateLimited(request);
  if (limited) return limited;
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const message = parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join(" ");
    return apiError(400, "invalid_parameter", message, { parameter: parsed.errors[0]!.parameter });
  }
  try {
    const result = await cachedSearchListings(parsed.query);
    return apiJson(
      { items: result.items.map(toApiJob), nextCursor: result.nextCursor, sort: result.sort },
      { headers: { "Cache-Control": "public, max-age=30" } },
    );
  } catch (error) {
    if (error instanceof ValidationError)
      return apiError(400, "invalid_parameter", `cursor: ${error.message}`, { parameter: "cursor" });
    throw error;
  }
}

export function OPTIONS() {
  return preflight();
}
