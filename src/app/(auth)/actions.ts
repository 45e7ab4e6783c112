"use server";

import { createAction } from "@/server/action";
import { signInDefinition, signUpDefinition } from "@/server/accounts/actions";
import { endSession } from "@/server/auth/session-cookie";
import { redirect } from "next/navigation";

export const signIn = createAction(signInDefinition);
export const signUp = createAction(signUpDefinition);

/** Clearing our own cookie needs no authentication: signing out a signed-out browser is harmless. */
export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}
