import "server-only";
import type { User } from "next-auth";
import { ValidationError } from "@/lib/errors";
import { assertNotBackedOff, clearFailures, recordFailure, type BackoffPolicy } from "@/server/auth/rate-limit";
import { authenticate } from "@/server/auth/users";

// The one way to check a password for signing in (docs/decisions/018-sign-in-and-client-address.md).
// Failures are counted per (email, client address) and per client address, never per email alone: a
// stranger guessing at someone's account slows down only their own attempts on it, and cannot lock the
// owner out from the owner's own address.

/** One address guessing at one account: five tries, then 1 s, 2 s, 4 s … up to 15 minutes between tries. */
export const PAIR_POLICY: BackoffPolicy = {
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/** One address guessing across accounts (credential stuffing): more room, the same doubling, up to an hour. */
export const ADDRESS_POLICY: BackoffPolicy = {
  freeFailures: 30,
  firstDelayMs: 1000,
  maxDelayMs: 60 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

const pairKey = (email: string, address: string) => `sign-in:pair:${address}:${email}`;
const addressKey = (address: string) => `sign-in:address:${address}`;

/**
 * Checks the password of an active account, within the limits: refused with the real wait while either
 * key is backing off (before any hashing, so a flood costs no CPU). A success clears the pair's failures;
 * the address's count only fades with time, or an attacker could reset it by signing in to an account of
 * their own between guesses.
 */
export async function signInWithPassword(email: string, password: string, address: string, now = Date.now()): Promise<User> {
  const keys = [pairKey(email, address), addressKey(address)];
  await assertNotBackedOff(keys, now);
  const user = await authenticate(email, password);
  if (!user) {
    await recordFailure(keys[0]!, PAIR_POLICY, now);
    await recordFailure(keys[1]!, ADDRESS_POLICY, now);
    throw new ValidationError("That email and password do not match an active account.");
  }
  await clearFailures(keys[0]!);
  return user;
}
