import { ValidationError } from "@/lib/errors";
import { parseSearchParams } from "@/lib/schemas/search";
import { getActor } from "@/server/auth/session";
import { privateJson } from "@/server/viewer/http";
import { viewerMatchPage } from "@/server/viewer/matches";

// GET /api/me/jobs?<search parameters>: one page of /jobs in the signed-in candidate's "Best match for
// me" order, each card with its match (decision 035). The same parameters as /jobs; `sort` is ignored
// (this is the match order) and `cursor` must come from this endpoint. Signed out: 401; not a
// candidate: 403; never anything about another user.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  params.delete("sort");
  const parsed = parseSearchParams(params);
  if (!parsed.ok) {
    const message = parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join(" ");
    return privateJson({ error: message, parameter: parsed.errors[0]!.parameter }, 400);
  }
  const actor = await getActor();
  if (!actor) return privateJson({ error: "Sign in as a candidate to sort roles by your match." }, 401);
  try {
    const page = await viewerMatchPage(actor, parsed.query);
    return page
      ? privateJson(page)
      : privateJson({ error: "Best match is for candidates: it compares roles with your profile." }, 403);
  } catch (error) {
    if (error instanceof ValidationError) return privateJson({ error: `cursor: ${error.message}`, parameter: "cursor" }, 400);
    throw error;
  }
}
