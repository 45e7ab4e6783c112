import { dictionary } from "@zxcvbn-ts/language-common";

// The 10,000 most common passwords, most common first, from the list the zxcvbn-ts project maintains
// (npm @zxcvbn-ts/language-common, MIT licence; built from leaked-password corpora). It ships inside the
// package, so nothing is fetched at run time. Server-side only in practice: the list is ~380 kB, so keep
// the schemas that use it out of client components.
const HOW_MANY = 10_000;

let common: Set<string> | undefined;

/** True for a password on the list, ignoring case and surrounding spaces ("Password123 " counts). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].slice(0, HOW_MANY));
  return common.has(password.trim().toLowerCase());
}
