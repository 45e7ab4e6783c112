import "server-only";
import { SYSTEM_ACTOR } from "@/server/audit/record";
import { changeListings } from "@/server/listings/lifecycle";

/** Every published listing whose date has passed becomes EXPIRED, in one transaction. */
export async function expireListingsPastTheirDate(): Promise<{ expired: number }> {
  const moved = await changeListings((changes) =>
    changes.moveMany("expire", { where: { expiresAt: { lte: changes.now } }, actor: SYSTEM_ACTOR }),
  );
  return { expired: moved.length };
}
