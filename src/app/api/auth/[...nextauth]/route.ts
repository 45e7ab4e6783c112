import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

// next-auth's own endpoints (session, csrf, providers, OAuth callbacks, sign-out).
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
