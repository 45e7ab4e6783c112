import { z } from "zod";
import { idSchema } from "@/lib/schemas/ids";
import { getActor } from "@/server/auth/session";
import { privateJson } from "@/server/viewer/http";
import { describeViewerMatches, MATCH_IDS_MAX } from "@/server/viewer/matches";

// GET /api/me/matches?ids=<id>,<id>…: the signed-in candidate's match with each live listing among the ids
// (the cards on a page), for the cards' islands (decision 035). Anyone else, and listings that are not
// live, get nothing; more than MATCH_IDS_MAX ids is a 400.
export const dynamic = "force-dynamic";

const idsSchema = z
  .string()
  .max(MATCH_IDS_MAX * 41)
  .transform((text) => [...new Set(text.split(",").filter((id) => id !== ""))])
  .pipe(z.array(idSchema).max(MATCH_IDS_MAX));

export async function GET(request: Request) {
  const parsed = idsSchema.safeParse(new URL(request.url).searchParams.get("ids") ?? "");
  if (!parsed.success) return privateJson({ error: `Give at most ${MATCH_IDS_MAX} listing ids, separated by commas.` }, 400);
  return privateJson({ matches: await describeViewerMatches(await getActor(), parsed.data) });
}
