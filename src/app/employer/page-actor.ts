import "server-only";
import { pageActor } from "@/server/auth/page-actor";
import type { Actor } from "@/server/auth/session";

/** An employer page's actor; null (the layout explains) for other roles and employers without a company. */
export async function employerPageActor(path: string): Promise<(Actor & { companyId: string }) | null> {
  const actor = await pageActor("EMPLOYER", path);
  if (!actor?.companyId) return null;
  return { ...actor, companyId: actor.companyId };
}
