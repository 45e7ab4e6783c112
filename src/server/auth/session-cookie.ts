import "server-only";
import { cookies } from "next/headers";
import type { User } from "next-auth";
import { encode } from "next-auth/jwt";
import { AUTH_SECRET, SESSION_MAX_AGE_SECONDS, USE_SECURE_COOKIES } from "@/server/auth/options";

// Our sign-in and sign-up are server actions (they work without JavaScript), so they write next-auth's
// session cookie themselves, in exactly the format next-auth's getServerSession decodes.
const cookieName = `${USE_SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;

export async function startSession(user: User): Promise<void> {
  if (!AUTH_SECRET) throw new Error("NEXTAUTH_SECRET must be set in production.");
  const token = await encode({
    secret: AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, uid: user.id, name: user.name, email: user.email, role: user.role },
  });
  (await cookies()).set(cookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: USE_SECURE_COOKIES,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(cookieName);
}
