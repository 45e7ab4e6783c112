import "server-only";
import { redirect } from "next/navigation";
import { getActor, type Actor } from "@/server/auth/session";

/**
 * The employer a page renders for. Layout and page render concurrently, so the page repeats the
 * layout's checks quietly: signed out goes to sign-in (back to this page afterwards); anyone the
 * layout turns away gets null and the page renders nothing, instead of throwing a logged error.
 */
export async function employerPageActor(path: string): Promise<(Actor & { companyId: string }) | null> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (actor.role !== "EMPLOYER" || !actor.companyId) return null;
  return { ...actor, companyId: actor.companyId };
}
