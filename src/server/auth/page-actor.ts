import "server-only";
import { redirect } from "next/navigation";
import type { UserRole } from "@/generated/prisma/enums";
import { getActor, type Actor } from "@/server/auth/session";

/** An employer acting for a company: every employer page and action needs the company. */
export type CompanyActor = Actor & { companyId: string };

/**
 * The actor a private page renders for: the one helper every signed-in page calls. Layout and page render
 * concurrently, so the page repeats the layout's check quietly: signed out goes to sign-in (and back to
 * `path` afterwards); another role — or an employer without a company — gets null, and the page renders
 * nothing while its layout explains, instead of throwing a logged error.
 */
export async function pageActor(role: "EMPLOYER", path: string): Promise<CompanyActor | null>;
export async function pageActor(role: UserRole | "ANY", path: string): Promise<Actor | null>;
export async function pageActor(role: UserRole | "ANY", path: string): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  // "ANY": pages every signed-in user has (account settings).
  if (role === "ANY") return actor;
  if (actor.role !== role) return null;
  if (role === "EMPLOYER" && !actor.companyId) return null;
  return actor;
}
