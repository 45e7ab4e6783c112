import "server-only";
import { z } from "zod";
import { emailOnlySchema, resetPasswordSchema } from "@/lib/schemas/account-mail";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";
import { defineAction, definePublicAction } from "@/server/action";
import { requestPasswordReset, resetPassword } from "@/server/accounts/password-reset";
import { registerUser } from "@/server/accounts/register";
import { resendOwnVerification, resendVerification } from "@/server/accounts/verification";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { startSession } from "@/server/auth/session-cookie";
import { signInWithPassword } from "@/server/auth/sign-in";
import { clientAddress } from "@/server/request";

const HOUR = 60 * 60 * 1000;
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

/** The one answer to every sign-up, new address or taken (docs/decisions/021-accounts-by-mail.md). */
export function checkInboxMessage(email: string): string {
  return `Check your inbox: we sent a message to ${email}. Follow its link to confirm your address; it works for 24 hours.`;
}

/**
 * Sign-up does not sign anyone in: a taken address must get the very same answer as a new one, and
 * only the owner of the address may continue (they sign in, and confirm it through the mail).
 */
export const signUpDefinition = definePublicAction({
  roles: "public" as const,
  schema: signUpSchema.and(z.object({ callbackUrl })),
  async run(input) {
    await consumeRateLimit(`sign-up:ip:${await clientAddress()}`, 10, HOUR);
    return registerUser(input);
  },
  after: (result) => ({ message: checkInboxMessage(result.email) }),
});

/** "Send me a new link" for anyone, by address: the same answer whatever the address. */
export const resendVerificationDefinition = definePublicAction({
  roles: "public" as const,
  schema: emailOnlySchema,
  async run(input) {
    await consumeRateLimit(`verify-resend:ip:${await clientAddress()}`, 10, HOUR);
    await resendVerification(input.email);
    return input.email;
  },
  after: (email) => ({
    message: `If ${email} belongs to an account that still needs confirming, a new link is on its way. It works for 24 hours.`,
  }),
});

/** "Send me a new link" for the signed-in owner, who may be told when the hourly limit is reached. */
export const resendOwnVerificationDefinition = defineAction({
  roles: ["CANDIDATE", "EMPLOYER", "ADMIN"],
  schema: z.object({}),
  run: (_input, actor) => resendOwnVerification(actor.id),
  after: (result) => ({
    message: result === "sent" ? "A new link is on its way. It works for 24 hours." : "Your address is already confirmed.",
  }),
});

export const forgotPasswordDefinition = definePublicAction({
  roles: "public" as const,
  schema: emailOnlySchema,
  async run(input) {
    await consumeRateLimit(`password-reset:ip:${await clientAddress()}`, 10, HOUR);
    await requestPasswordReset(input.email);
    return input.email;
  },
  after: (email) => ({
    message: `If ${email} belongs to an account, we sent it a link to choose a new password. It works for 30 minutes.`,
  }),
});

export const resetPasswordDefinition = definePublicAction({
  roles: "public" as const,
  schema: resetPasswordSchema,
  async run(input, actor) {
    await consumeRateLimit(`password-reset-use:ip:${await clientAddress()}`, 20, HOUR);
    return resetPassword(input, actor?.sessionId);
  },
  after: () => ({ redirectTo: "/sign-in?reset=done" }),
});
