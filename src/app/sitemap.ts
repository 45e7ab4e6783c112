import type { MetadataRoute } from "next";
import { absoluteUrl, companyPath, listingPath } from "@/lib/site-url";
import { listSitemapCompanies, listSitemapListings, listSitemapRoleProfiles } from "@/server/seo/sitemap";

// Read at request time: the set of live listings changes all day, and the build has no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [listings, profiles, companies] = await Promise.all([
    listSitemapListings(),
    listSitemapRoleProfiles(),
    listSitemapCompanies(),
  ]);
  const newest = listings.reduce<Date | undefined>((max, l) => (!max || l.updatedAt > max ? l.updatedAt : max), undefined);
  return [
    { url: absoluteUrl("/"), lastModified: newest, changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/jobs"), lastModified: newest, changeFrequency: "hourly", priority: 0.9 },
    { url: absoluteUrl("/roles"), changeFrequency: "monthly", priority: 0.5 },
    ...profiles.map((p) => ({
      url: absoluteUrl(`/roles/${p.slug}`),
      lastModified: p.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
    { url: absoluteUrl("/salaries"), lastModified: newest, changeFrequency: "daily", priority: 0.6 },
    ...companies.map((c) => ({
      url: absoluteUrl(companyPath(c.slug)),
      lastModified: c.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...listings.map((l) => ({
      url: absoluteUrl(listingPath(l.slug)),
      lastModified: l.updatedAt,
      changeFrequency: "daily" as const,
      priority: 0.8,
    })),
  ];
}
