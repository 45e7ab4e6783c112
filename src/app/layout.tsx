import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { SITE_FEED_TYPES, SITE_NAME } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

const siteDescription =
  "Remote backend architect roles with real salary ranges and structured eligibility: see only the roles open to your country and timezone.";

export const metadata: Metadata = {
  // Relative canonical and Open Graph URLs resolve against the public origin (SITE_URL / NEXTAUTH_URL).
  metadataBase: siteUrl(),
  title: { template: "%s · Backplane", default: "Backplane — remote backend architect jobs" },
  description: siteDescription,
  applicationName: SITE_NAME,
  alternates: { types: { ...SITE_FEED_TYPES } },
  openGraph: { type: "website", siteName: SITE_NAME, locale: "en", description: siteDescription },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#151b23" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader />
        {/* Every page gets the page width and gutters here, so route pages only lay out their content. */}
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-page flex-1 px-gutter pt-8 pb-4 focus:outline-none sm:pt-10"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
