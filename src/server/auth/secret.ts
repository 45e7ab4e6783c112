import "server-only";
import { env } from "@/lib/env";

// The secret that signs session tokens and mail links. Its own module, free of next-auth, so the
// standalone worker (scripts/worker.ts), which signs unsubscribe links, can load it.
export const AUTH_SECRET =
  env.NEXTAUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : "development-only-secret-not-for-production");
