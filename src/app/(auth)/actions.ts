"use server";

import { createAction } from "@/server/action";
import {
  forgotPasswordDefinition,
  resendOwnVerificationDefinition,
  resendVerificationDefinition,
  resetPasswordDefinition,
  signInDefinition,
  signUpDefinition,
} from "@/server/accounts/actions";
import { getActor } from "@/server/auth/session";
import { endSession } from "@/server/auth/session-cookie";
import { redirect } from "next/navigation";

export const signIn = createAction(signInDefinition);
export const signUp = createAction(signUpDefinition);
export const resendVerification = createAction(resendVerificationDefinition);
export const resendOwnVerification = createAction(resendOwnVerificationDefinition);
export const forgotPassword = createAction(forgotPasswordDefinition);
export const resetPassword = createAction(resetPasswordDefinition);

/**
 * Ends this browser's session: its row is revoked, so a copy of the cookie stops working too. Needs no
 * authentication beyond the cookie itself: signing out a signed-out browser is harmless.
 */
export async function signOut(): Promise<void> {
  const actor = await getActor();
  await endSession(actor?.sessionId ?? null);
  redirect("/");
}
