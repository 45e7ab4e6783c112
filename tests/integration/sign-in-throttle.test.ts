import { beforeEach, describe, expect, it } from "vitest";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { ADDRESS_POLICY, PAIR_POLICY, signInWithPassword } from "@/server/auth/sign-in";
import { resetDatabase } from "../setup/db";
import { createUser, TEST_PASSWORD } from "../setup/factories";

// Issue 8, defects 1 and 4: password guessing is throttled per (email, address) and per address with
// growing waits, a success resets the pair, and a stranger cannot lock the owner out.

beforeEach(resetDatabase);

let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;

async function attempt(email: string, password: string, address: string, now: number) {
  try {
    await signInWithPassword(email, password, address, now);
    return "ok";
  } catch (error) {
    if (error instanceof RateLimitedError) return `wait ${error.retryAfterSeconds}: ${error.message}`;
    if (error instanceof ValidationError) return "wrong";
    throw error;
  }
}

describe("signInWithPassword", () => {
  it("lets the free failures through, then makes the guesser wait — and says how long, truthfully", async () => {
    const user = await createUser("CANDIDATE");
    const attacker = freshAddress();
    const t0 = Date.UTC(2026, 11, 1);
    const results: string[] = [];
    for (let i = 0; i < PAIR_POLICY.freeFailures + 1; i++) results.push(await attempt(user.email, "wrong guess", attacker, t0));
    expect(results).toEqual(Array(PAIR_POLICY.freeFailures + 1).fill("wrong"));
    // The sixth failure set a 1-second wait: even the right password is refused until it passes.
    expect(await attempt(user.email, TEST_PASSWORD, attacker, t0 + 200)).toBe(
      "wait 1: Too many attempts. Try again in 1 second.",
    );
    expect(await attempt(user.email, "wrong again", attacker, t0 + 1000)).toBe("wrong");
    expect(await attempt(user.email, "wrong again", attacker, t0 + 1001)).toBe(
      "wait 2: Too many attempts. Try again in 2 seconds.",
    );
  });

  it("does not lock the owner out: their own address signs in while a stranger's waits", async () => {
    const user = await createUser("CANDIDATE");
    const [attacker, owner] = [freshAddress(), freshAddress()];
    const t0 = Date.UTC(2026, 11, 1);
    for (let i = 0; i < 12; i++) await attempt(user.email, `guess ${i}`, attacker, t0 + i * 60_000);
    expect(await attempt(user.email, "guess", attacker, t0 + 12 * 60_000)).toMatch(/^wait /);
    expect(await attempt(user.email, TEST_PASSWORD, owner, t0 + 12 * 60_000)).toBe("ok");
  });

  it("a success resets the pair: the next typo is free again", async () => {
    const user = await createUser("CANDIDATE");
    const address = freshAddress();
    const t0 = Date.UTC(2026, 11, 1);
    for (let i = 0; i < PAIR_POLICY.freeFailures; i++) await attempt(user.email, "typo", address, t0);
    expect(await attempt(user.email, TEST_PASSWORD, address, t0)).toBe("ok");
    for (let i = 0; i < PAIR_POLICY.freeFailures; i++) expect(await attempt(user.email, "typo", address, t0)).toBe("wrong");
  });

  it("an address guessing across many accounts is slowed down too", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => createUser("CANDIDATE")));
    const stuffer = freshAddress();
    const t0 = Date.UTC(2026, 11, 1);
    let i = 0;
    // Spread over accounts so no pair backs off: only the address counter does.
    while (i < ADDRESS_POLICY.freeFailures) {
      expect(await attempt(users[i % users.length]!.email, `guess ${i}`, stuffer, t0 + i)).toBe("wrong");
      i++;
    }
    const other = await createUser("CANDIDATE");
    expect(await attempt(other.email, "guess", stuffer, t0 + i)).toBe("wrong");
    expect(await attempt(other.email, TEST_PASSWORD, stuffer, t0 + i + 1)).toMatch(/^wait 1:/);
  });
});
