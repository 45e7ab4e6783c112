import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env";
import { AUTH_SECRET } from "@/server/auth/secret";

// JWT session cookies naming a server-side Session row (docs/decisions/003-session-strategy.md): every
// request re-reads the session, role and status from the database through getActor().
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
// Decided here, not guessed per request, so the cookie our sign-in action writes is the one next-auth reads.
export const USE_SECURE_COOKIES = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
export { AUTH_SECRET };

export const authOptions: NextAuthOptions = {
  secret: AUTH_SECRET,
  useSecureCookies: USE_SECURE_COOKIES,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  // No credentials provider: email and password go only through our sign-in action, which applies the
  // sign-in limits and creates the Session row (docs/decisions/018-sign-in-and-client-address.md). Mounting
  // one would give next-auth's POST /api/auth/callback/credentials a second, unthrottled password check.
  // OAuth providers (GitHub) are added here when configured.
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // Tokens minted here (next-auth's own sign-in routes) carry no session id, so getActor never
      // accepts them: our sign-in action is the one way in (it creates the Session row).
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? "", role: token.role };
      session.sessionId = typeof token.sid === "string" ? token.sid : null;
      return session;
    },
  },
};
