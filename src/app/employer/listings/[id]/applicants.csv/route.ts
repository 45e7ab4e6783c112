import { redirect } from "next/navigation";
import { applicantsCsvResponse } from "@/server/applications/export";
import { getActor } from "@/server/auth/session";

// GET /employer/listings/<id>/applicants.csv: the listing's applicants for its company; 404 for anyone else.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/employer/listings/[id]/applicants.csv">) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/employer/listings/${id}/applicants.csv`)}`);
  return applicantsCsvResponse(actor, id);
}
