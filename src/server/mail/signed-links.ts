import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { AUTH_SECRET } from "@/server/auth/secret";

// Links in mail that act without signing in (unsubscribe, "still open") carry their own proof: the
// values they act on, signed with a key derived from NEXTAUTH_SECRET for that purpose alone. Nothing is
// stored; a link stays valid for as long as what it names allows (see the callers).

type Purpose = "unsubscribe" | "listing-confirm";

function key(purpose: Purpose): Buffer {
  if (!AUTH_SECRET) throw new Error("NEXTAUTH_SECRET must be set in production.");
  return createHmac("sha256", AUTH_SECRET).update(`backplane mail link: ${purpose}`).digest();
}

function mac(purpose: Purpose, body: string): Buffer {
  return createHmac("sha256", key(purpose)).update(body).digest();
}

/** A URL-safe token holding `values` (none may contain "."), signed for `purpose`. */
export function signLink(purpose: Purpose, values: readonly string[]): string {
  const body = Buffer.from(values.join("\n"), "utf8").toString("base64url");
  return `${body}.${mac(purpose, body).toString("base64url")}`;
}

/** The values a token holds, or null when it was not signed by us for this purpose (or is malformed). */
export function readSignedLink(purpose: Purpose, token: string, count: number): string[] | null {
  if (token.length > 2000) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  // Compared as text, not as decoded bytes: base64url's last character carries unused bits, so another
  // spelling of the same bytes must not pass for the link we sent.
  const expected = Buffer.from(mac(purpose, body).toString("base64url"));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const values = Buffer.from(body, "base64url").toString("utf8").split("\n");
  return values.length === count && values.every((v) => v.length > 0) ? values : null;
}
