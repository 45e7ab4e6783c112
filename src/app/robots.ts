import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site-url";

// Read at request time so the sitemap URL follows SITE_URL where the app runs, not where it was built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        // The public read API is meant to be fetched; the rest of /api, and signed-in areas, are not pages.
        allow: ["/", "/api/v1/"],
        disallow: ["/admin", "/employer", "/account", "/api/"],
      },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
