import "server-only";
import { changeEmailSchema, deleteAccountSchema, exportDataSchema } from "@/lib/schemas/your-data";
import type { Actor } from "@/server/auth/session";
import { defineAction } from "@/server/action";
import { requestEmailChange } from "@/server/accounts/email-change";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { reauthenticate } from "@/server/auth/reauthenticate";
import { clearSessionCookie } from "@/server/auth/session-cookie";
import { clientAddress } from "@/server/request";
import { eraseAccount } from "@/server/your-data/erase";
import { buildDataExport, type DataExport } from "@/server/your-data/export";

// /settings/account and /settings/data. Kept out of the "use server" modules so tests run them with executeAction.
const EVERY_ROLE = ["CANDIDATE", "EMPLOYER", "ADMIN"] as const;
const HOUR = 60 * 60 * 1000;

export const changeEmailDefinition = defineAction({
  roles: EVERY_ROLE,
  schema: changeEmailSchema,
  async run(input, actor) {
    await consumeRateLimit(`email-change:user:${actor.id}`, 10, HOUR);
    await reauthenticate(actor, input.currentPassword, await clientAddress());
    await requestEmailChange(actor, input.newEmail);
    return input.newEmail;
  },
  // The same answer whether or not the address is free (docs/decisions/029-your-data.md).
  after: (newEmail) => ({
    message: `Check the inbox of ${newEmail}: if the address can be used, a link is on its way. Your address changes when you follow it (within 24 hours); until then, sign in with the current one.`,
  }),
});

export const deleteAccountDefinition = defineAction({
  roles: EVERY_ROLE,
  schema: deleteAccountSchema,
  async run(input, actor) {
    await consumeRateLimit(`account-delete:user:${actor.id}`, 10, HOUR);
    await reauthenticate(actor, input.currentPassword, await clientAddress());
    const result = await eraseAccount(actor.id);
    await clearSessionCookie();
    return result;
  },
  after: () => ({ redirectTo: "/account-deleted" }),
});

/**
 * The export, for the route handler that sends it as a file (a download, not a form state, so not an
 * action definition). Re-authenticated and limited: the file is everything a stolen session would want.
 */
export async function exportOwnData(actor: Actor, raw: unknown, address: string): Promise<DataExport> {
  const input = exportDataSchema.parse(raw);
  await consumeRateLimit(`data-export:user:${actor.id}`, 10, HOUR);
  await reauthenticate(actor, input.currentPassword, address);
  return buildDataExport(actor.id);
}
