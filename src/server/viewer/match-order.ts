import "server-only";
import { ValidationError } from "@/lib/errors";
import { parseSearchParams, type SearchParamError, type SearchQuery } from "@/lib/schemas/search";
import type { ViewerMatchPage } from "@/lib/viewer";
import type { Actor } from "@/server/auth/session";
import { viewerMatchPage } from "./matches";

// "Best match for me" as an answer to a search address (decision 035), for both of its readers: the
// islands' GET /api/me/jobs and the no-script page /account/matches. Each turns the outcome into its own
// form (a status code, or a page that explains).

export type MatchOrderAnswer =
  | { status: "ok"; query: SearchQuery; page: ViewerMatchPage }
  /** A parameter the search schema refuses, or a cursor that is not this order's. */
  | { status: "invalid"; errors: SearchParamError[] }
  | { status: "signed-out" }
  | { status: "not-candidate" };

/**
 * One page of the actor's own match order for the search in `params` (the /jobs parameters, strictly
 * parsed; `sort` is ignored, since this is the match order). The address is judged before the asker, as
 * the API answers 400 before 401.
 */
export async function readMatchOrder(actor: Actor | null, params: URLSearchParams): Promise<MatchOrderAnswer> {
  const search = new URLSearchParams(params);
  search.delete("sort");
  const parsed = parseSearchParams(search);
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors };
  if (!actor) return { status: "signed-out" };
  try {
    const page = await viewerMatchPage(actor, parsed.query);
    return page ? { status: "ok", query: parsed.query, page } : { status: "not-candidate" };
  } catch (error) {
    // A cursor of another sort, or one whose contents do not decode: the schema only checks its alphabet.
    if (error instanceof ValidationError) return { status: "invalid", errors: [{ parameter: "cursor", message: error.message }] };
    throw error;
  }
}
