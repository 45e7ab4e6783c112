import { registrableDomain } from "@/lib/moderation-signals";

// Which address proves a company's domain (docs/decisions/033-verified-employers.md). Pure, so the rules
// are tested without a database; src/server/companies/verification.ts applies them.

/**
 * Mail providers anyone can sign up with: receiving mail there proves nothing about a company. A website
 * on one of these domains cannot be verified at all. Not exhaustive — the domain must also be the
 * company's own website's, which is what actually keeps strangers out.
 */
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "google.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.com",
  "gmx.net",
  "gmx.de",
  "web.de",
  "mail.com",
  "mail.ru",
  "yandex.com",
  "yandex.ru",
  "zoho.com",
  "tutanota.com",
  "tuta.io",
  "fastmail.com",
  "hey.com",
  "qq.com",
  "163.com",
  "126.com",
  "naver.com",
  "yahoo.co.uk",
  "yahoo.co.jp",
  "hotmail.co.uk",
  "outlook.co.uk",
]);

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/** The domain a company may verify: its website's registrable domain, unless that is free mail. */
export function verifiableDomain(website: string | null): { domain: string } | { problem: string } {
  const domain = website ? registrableDomain(website) : null;
  if (!domain) return { problem: "Add your company's website to its profile first: the address must be on its domain." };
  if (isFreeMailDomain(domain)) {
    return { problem: `${domain} is a public mail provider, so mail there proves nothing about your company.` };
  }
  return { domain };
}

/** A local part as people type it: letters, digits and . _ + - (no quotes, no spaces). */
const LOCAL_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9])?$/;

/**
 * The address to send the link to, from what the owner typed: a local part ("jobs" → jobs@<domain>) or a
 * whole address, which must then be on the domain itself or a subdomain of it.
 */
export function verificationAddress(typed: string, domain: string): { email: string } | { problem: string } {
  const value = typed.trim();
  const at = value.lastIndexOf("@");
  const local = at === -1 ? value : value.slice(0, at);
  const host = at === -1 ? domain : value.slice(at + 1).toLowerCase();
  if (!LOCAL_PART.test(local) || local.includes("..")) {
    return { problem: "Enter the part before the @, such as jobs or hr." };
  }
  if (host !== domain && !host.endsWith(`.${domain}`)) {
    return { problem: `The address must be on ${domain}, your website's domain.` };
  }
  if (!/^[a-z0-9.-]+$/.test(host) || host.includes("..")) return { problem: `The address must be on ${domain}.` };
  return { email: `${local}@${host}`.toLowerCase() };
}
