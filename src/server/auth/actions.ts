import "server-only";
import { z } from "zod";
import { changePasswordSchema } from "@/lib/schemas/auth";
import { plural } from "@/lib/format";
import { defineAction } from "@/server/action";
import { changeOwnPassword, revokeAllOwnSessions, revokeOwnSession } from "@/server/auth/account-security";
import { clearSessionCookie } from "@/server/auth/session-cookie";
import { clientAddress } from "@/server/request";

// /settings/security: every role manages its own sessions and password.
const EVERY_ROLE = ["CANDIDATE", "EMPLOYER", "ADMIN"] as const;
const SETTINGS_PATH = "/settings/security";

export const changePasswordDefinition = defineAction({
  roles: EVERY_ROLE,
  schema: changePasswordSchema,
  run: async (input, actor) => changeOwnPassword(actor, input.currentPassword, input.newPassword, await clientAddress()),
  after: ({ endedSessions }) => ({
    revalidate: [SETTINGS_PATH],
    message: `Password changed.${endedSessions > 0 ? ` ${plural(endedSessions, "other session")} signed out.` : ""}`,
  }),
});

export const signOutSessionDefinition = defineAction({
  roles: EVERY_ROLE,
  schema: z.object({ sessionId: z.string().min(1).max(64) }),
  async run(input, actor) {
    await revokeOwnSession(actor, input.sessionId);
    // Ending this browser's own session from the list is signing out here.
    if (input.sessionId === actor.sessionId) await clearSessionCookie();
    return { self: input.sessionId === actor.sessionId };
  },
  // The ended session's row leaves the list, taking its form with it: the confirmation travels in the URL.
  after: ({ self }) => ({ redirectTo: self ? "/sign-in" : `${SETTINGS_PATH}?ended=1` }),
});

export const signOutEverywhereDefinition = defineAction({
  roles: EVERY_ROLE,
  schema: z.object({}),
  async run(_input, actor) {
    await revokeAllOwnSessions(actor);
    await clearSessionCookie();
  },
  after: () => ({ redirectTo: "/sign-in" }),
});
