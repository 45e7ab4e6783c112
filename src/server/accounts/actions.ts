import "server-only";
import { z } from "zod";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";
import { definePublicAction } from "@/server/action";
import { registerUser } from "@/server/accounts/register";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { startSession } from "@/server/auth/session-cookie";
import { signInWithPassword } from "@/server/auth/sign-in";
import { clientAddress } from "@/server/request";

const callbackUrl = z.string().optional();

export const signInDefinition = definePublicAction({
  roles: "public" as const,
  schema: signInSchema.extend({ callbackUrl }),
  async run(input) {
    const user = await signInWithPassword(input.email, input.password, await clientAddress());
    await startSession(user);
    return user;
  },
  after: (user, input) => ({ redirectTo: safeCallbackPath(input.callbackUrl, homeForRole(user.role)) }),
});

export const signUpDefinition = definePublicAction({
  roles: "public" as const,
  schema: signUpSchema.and(z.object({ callbackUrl })),
  async run(input) {
    consumeRateLimit(`sign-up:ip:${await clientAddress()}`, 10, 60 * 60 * 1000);
    const user = await registerUser(input);
    await startSession(user);
    return user;
  },
  after: (user, input) => ({ redirectTo: safeCallbackPath(input.callbackUrl, homeForRole(user.role)) }),
});
