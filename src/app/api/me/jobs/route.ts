import { getActor } from "@/server/auth/session";
import { privateJson } from "@/server/viewer/http";
import { readMatchOrder } from "@/server/viewer/match-order";

// GET /api/me/jobs?<search parameters>: one page of /jobs in the signed-in candidate's "Best match for
// me" order, each card with its match (decision 035). The same parameters as /jobs; `sort` is ignored
// (this is the match order) and `cursor` must come from this endpoint. Signed out: 401; not a
// candidate: 403; never anything about another user.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const answer = await readMatchOrder(await getActor(), new URL(request.url).searchParams);
  switch (answer.status) {
    case "ok":
      return privateJson(answer.page);
    case "invalid": {
      const message = answer.errors.map((e) => `${e.parameter}: ${e.message}`).join(" ");
      return privateJson({ error: message, parameter: answer.errors[0]!.parameter }, 400);
    }
    case "signed-out":
      return privateJson({ error: "Sign in as a candidate to sort roles by your match." }, 401);
    case "not-candidate":
      return privateJson({ error: "Best match is for candidates: it compares roles with your profile." }, 403);
  }
}
