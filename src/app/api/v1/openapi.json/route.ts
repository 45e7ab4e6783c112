import { apiJson, preflight } from "@/server/api/http";
import { openApiDocument } from "@/server/api/openapi";

// The OpenAPI 3.1 description of the public read API, generated from the zod schemas at start.
export const dynamic = "force-static";

export function GET() {
  return apiJson(openApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } });
}

export function OPTIONS() {
  return preflight();
}
