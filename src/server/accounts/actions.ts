import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";
import { definePublicAction } from "@/server/action";
import { registerUser } from "@/server/accounts/register";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { startSession } from "@/server/auth/session-cookie";
import { authenticate } from "@/server/auth/users";
import { clientAddress } from "@/server/request";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const callbackUrl = z.string().optional();

export const signInDefinition = definePublicAction({
  roles: "public" as const,
  schema: signInSchema.extend({ callbackUrl }),
  async run(input) {
    const address = await clientAddress();
    consumeRateLimit(`sign-in:ip:${address}`, 50, FIFTEEN_MINUTES);
    consumeRateLimit(`sign-in:email:${input.email}`, 10, FIFTEEN_MINUTES);
    const user = await authenticate(input.email, input.password);
    if (!user) throw new ValidationError("That email and password do not match an active account.");
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
