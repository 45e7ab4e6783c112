import "server-only";
import type { User } from "next-auth";
import { db } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/auth/password";

// A fixed hash to verify against when the email is unknown, so both paths cost one argon2 verification
// and response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/** Checks credentials; returns the session user, or null for any failure (unknown, wrong, suspended). */
export async function authenticate(email: string, password: string): Promise<User | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, status: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.status !== "ACTIVE") return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
