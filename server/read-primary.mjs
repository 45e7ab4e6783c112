// @ts-check
// Read-your-writes with read replicas (src/server/db-read.ts): after a mutation the actor's browser carries
// this cookie for DATABASE_REPLICA_PIN_SECONDS, and every request that carries it reads the primary. The
// entry reads it from the raw header, so pages keep their static rendering (no cookies() call in them).

export const READ_PRIMARY_COOKIE = "backplane-read-primary";

const PATTERN = new RegExp(`(?:^|;\\s*)${READ_PRIMARY_COOKIE}=`);

/** @param {string | string[] | undefined} cookieHeader */
export function wantsPrimary(cookieHeader) {
  return typeof cookieHeader === "string" && PATTERN.test(cookieHeader);
}
