import { env } from "@/lib/env";

// Absolute links (canonical URLs, the sitemap, feeds, JSON-LD) all start from one public origin.

/** The public origin: SITE_URL, else NEXTAUTH_URL, else the local development address. */
export function siteUrl(): URL {
  return new URL(env.SITE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000");
}

/** "/jobs/x" -> "https://backplane.example/jobs/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/** The public path of a company page. */
export function companyPath(slug: string): string {
  return `/companies/${encodeURIComponent(slug)}`;
}

/** The public path of a listing page. */
export function listingPath(slug: string): string {
  return `/jobs/${encodeURIComponent(slug)}`;
}
