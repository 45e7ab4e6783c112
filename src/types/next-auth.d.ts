import type { UserRole } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: UserRole };
    /** The server-side Session row this cookie names; null for tokens minted outside our sign-in. */
    sessionId: string | null;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    role: UserRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: UserRole;
    sid?: string;
  }
}
