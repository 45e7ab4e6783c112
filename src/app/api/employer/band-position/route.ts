import { getActor } from "@/server/auth/session";
import { bandPositionAnswer } from "@/server/salaries/band-position-answer";
import { privateJson } from "@/server/viewer/http";

// GET /api/employer/band-position?levelId=…&salaryMin=…: where the pay typed into the posting form sits among
// comparable listings, for employers only. Reads bands, writes nothing.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return privateJson({ error: "Sign in as an employer to see how pay compares." }, 401);
  if (actor.role !== "EMPLOYER") return privateJson({ error: "Only employer accounts can use this." }, 403);
  return privateJson(await bandPositionAnswer(new URL(request.url).searchParams));
}
