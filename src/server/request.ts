import "server-only";
import { headers } from "next/headers";

/**
 * The client's address as `npm start`'s entry decided it (server/client-address.mjs): it rewrites
 * X-Forwarded-For to exactly that one address, from the socket and TRUSTED_PROXY_HOPS, whatever the client
 * sent. (Under `next dev` Next passes the header through as sent: development only.)
 */
export function addressFromHeaders(source: Headers): string {
  return source.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/** The caller's address for rate limits and session records; "unknown" outside a request (scripts, tests). */
export async function clientAddress(): Promise<string> {
  try {
    return addressFromHeaders(await headers());
  } catch {
    return "unknown";
  }
}
