import { containsAnyControl } from "@/lib/control-characters";

// What a URL may carry into the app: every part must be valid percent-encoded UTF-8, and nothing may
// decode to a control character (C0, DEL, C1) — NUL in particular, which PostgreSQL refuses in text.
// Pure, so the proxy and the tests share it.

export type UnsafeUrlPart =
  | { part: "path" }
  | { part: "query"; parameter: string; reason: "contains a control character" | "is not valid percent-encoding" };

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The first unsafe part of a raw (still percent-encoded) path and query string, or null. */
export function findUnsafeUrlPart(pathname: string, search: string): UnsafeUrlPart | null {
  for (const segment of pathname.split("/")) {
    const decoded = decode(segment);
    if (decoded === null || containsAnyControl(decoded)) return { part: "path" };
  }
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (!query) return null;
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    const rawKey = (at === -1 ? pair : pair.slice(0, at)).replace(/\+/g, " ");
    const rawValue = (at === -1 ? "" : pair.slice(at + 1)).replace(/\+/g, " ");
    const key = decode(rawKey);
    const name = key !== null && !containsAnyControl(key) ? key.slice(0, 40) : "(a parameter name)";
    if (key === null) return { part: "query", parameter: name, reason: "is not valid percent-encoding" };
    if (containsAnyControl(key)) return { part: "query", parameter: name, reason: "contains a control character" };
    const value = decode(rawValue);
    if (value === null) return { part: "query", parameter: name, reason: "is not valid percent-encoding" };
    if (containsAnyControl(value)) return { part: "query", parameter: name, reason: "contains a control character" };
  }
  return null;
}
