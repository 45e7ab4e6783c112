import "server-only";
import { headers } from "next/headers";

/** The caller's address for rate limiting; "unknown" outside a request (scripts, tests). */
export async function clientAddress(): Promise<string> {
  try {
    const h = await headers();
    return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
  } catch {
    return "unknown";
  }
}
