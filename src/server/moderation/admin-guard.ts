import "server-only";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import type { Tx } from "@/server/db";

/** Every moderation read and write checks the role again, whatever the page or action did before. */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
}

/**
 * The active admins other than `userId`, with their rows locked until the transaction ends, so two
 * moderators demoting or suspending each other at the same moment cannot leave the board without one.
 */
export async function otherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "status" = 'ACTIVE' ORDER BY "id" FOR UPDATE`;
  return rows.filter((row) => row.id !== userId).length;
}
