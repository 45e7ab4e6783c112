import "server-only";
import { ValidationError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { signInWithPassword } from "@/server/auth/sign-in";

/**
 * Asks the signed-in user for their password again before something a stolen session must not do (export,
 * deletion, a new address). It goes through the sign-in limits, so the session cannot be used to guess it;
 * a wrong password is an error on the form's `field`.
 */
export async function reauthenticate(actor: Actor, password: string, address: string, field = "currentPassword") {
  try {
    await signInWithPassword(actor.email, password, address);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError("Your current password is not right.", { [field]: ["Your current password is not right."] });
  }
}
