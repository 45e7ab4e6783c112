import "server-only";
import { redirect } from "next/navigation";
import type { UserRole } from "@/generated/prisma/enums";
import { getActor, type Actor } from "@/server/auth/session";

/**
 * The actor a private page renders for. Layout and page render concurrently, so the page repeats the
 * layout's check quietly: signed out goes to sign-in (and back to `path` afterwards); another role gets
 * null and the page renders nothing while its layout explains, instead of throwing a logged error.
 */
export async function pageActor(role: UserRole, path: string): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return actor.role === role ? actor : null;
}
