import "server-only";
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import type { User } from "next-auth";
import { encode } from "next-auth/jwt";
import { VIEWER_HINT_COOKIE } from "@/lib/viewer";
import { AUTH_SECRET, USE_SECURE_COOKIES } from "@/server/auth/options";
import { createSessionRow, revokeSession, SESSION_ABSOLUTE_LIFETIME_MS } from "@/server/auth/sessions";
import { clientAddress } from "@/server/request";

// Our sign-in and sign-up are server actions (they work without JavaScript), so they write next-auth's
// session cookie themselves, in exactly the format next-auth's getServerSession decodes. The token names a
// Session row (sid), which is what getActor checks on every request. Beside it goes a hint scripts can
// read (src/lib/viewer.ts): a random value per sign-in, no identity, so the islands on shared pages know
// when to ask /api/me who is signed in, and notice a sign-in or sign-out without a page load.
const cookieName = `${USE_SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;
const MAX_AGE_SECONDS = SESSION_ABSOLUTE_LIFETIME_MS / 1000;

export async function startSession(user: User): Promise<void> {
  if (!AUTH_SECRET) throw new Error("NEXTAUTH_SECRET must be set in production.");
  const session = await createSessionRow(user.id, {
    ipAddress: await clientAddress(),
    userAgent: (await headers()).get("user-agent"),
  });
  const token = await encode({
    secret: AUTH_SECRET,
    maxAge: MAX_AGE_SECONDS,
    token: { sub: user.id, uid: user.id, sid: session.id, name: user.name, email: user.email, role: user.role },
  });
  const jar = await cookies();
  const options = { sameSite: "lax", path: "/", secure: USE_SECURE_COOKIES, maxAge: MAX_AGE_SECONDS } as const;
  jar.set(cookieName, token, { ...options, httpOnly: true });
  jar.set(VIEWER_HINT_COOKIE, randomBytes(8).toString("hex"), { ...options, httpOnly: false });
}

/** Ends this browser's session: the row is revoked (a copied cookie stops working) and the cookie cleared. */
export async function endSession(sessionId: string | null): Promise<void> {
  if (sessionId) await revokeSession(sessionId);
  await clearSessionCookie();
}

/**
 * Deletes the session cookie of the current request. Outside a request (tests driving an action with
 * executeAction) there is no cookie: the revoked row is what signs the session out either way.
 */
export async function clearSessionCookie(): Promise<void> {
  let jar: Awaited<ReturnType<typeof cookies>>;
  try {
    jar = await cookies();
  } catch {
    return;
  }
  jar.delete(cookieName);
  jar.delete(VIEWER_HINT_COOKIE);
}
