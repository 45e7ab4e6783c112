// A company's logo on pages: its URL when it has one, and the initials drawn in its place when not.

/** The logo's file name in its URL: the stored version (16 hex digits) and the one format stored. */
export const LOGO_FILE = /^([0-9a-f]{16})\.webp$/;

/** The logo's URL, or null without one. Its version is part of it, so a new logo is a new URL. */
export function companyLogoUrl(company: { id: string; logoVersion: string | null }): string | null {
  return company.logoVersion ? `/logos/${encodeURIComponent(company.id)}/${company.logoVersion}.webp` : null;
}

/** Up to two letters from the name's first words ("Acme Data Systems" → "AD"); "?" for a name without letters. */
export function companyInitials(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const letters = words.slice(0, 2).map((w) => [...w][0]!.toLocaleUpperCase());
  if (letters.length === 1) {
    const second = [...words[0]!][1];
    if (second) letters.push(second.toLocaleLowerCase());
  }
  return letters.join("") || "?";
}
