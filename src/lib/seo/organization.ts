import type { CompanySize } from "@/generated/prisma/enums";

// schema.org Organization for a public company page. Pure: the caller passes the company and the page's
// absolute URL. Every value here is also shown on the page.

export type OrganizationSource = {
  name: string;
  website: string | null;
  description: string | null;
  size: CompanySize | null;
  industry: { name: string } | null;
  headquarters?: string | null;
};

export type Organization = {
  "@context": "https://schema.org";
  "@type": "Organization";
  name: string;
  url: string;
  sameAs?: string;
  logo?: string;
  location?: string;
  description?: string;
  knowsAbout?: string[];
  numberOfEmployees?: { "@type": "QuantitativeValue"; minValue: number; maxValue?: number };
};

const EMPLOYEES: Record<CompanySize, { minValue: number; maxValue?: number }> = {
  SIZE_1_10: { minValue: 1, maxValue: 10 },
  SIZE_11_50: { minValue: 11, maxValue: 50 },
  SIZE_51_200: { minValue: 51, maxValue: 200 },
  SIZE_201_1000: { minValue: 201, maxValue: 1000 },
  SIZE_1001_PLUS: { minValue: 1001 },
};

/** Only an http(s) website is named; the page itself is the organization's `url` on Backplane. */
function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `logoUrl`: the logo's absolute URL when the company has one. */
export function buildOrganization(
  company: OrganizationSource,
  pageUrl: string,
  techStack: readonly string[] = [],
  logoUrl: string | null = null,
): Organization {
  const website = httpUrl(company.website);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: company.name,
    url: pageUrl,
    ...(website ? { sameAs: website } : {}),
    ...(logoUrl ? { logo: logoUrl } : {}),
    // schema.org's location takes plain text; the headquarters is free text as the owner wrote it.
    ...(company.headquarters ? { location: company.headquarters } : {}),
    ...(company.description ? { description: company.description } : {}),
    ...(techStack.length > 0 ? { knowsAbout: [...techStack] } : {}),
    ...(company.size ? { numberOfEmployees: { "@type": "QuantitativeValue" as const, ...EMPLOYEES[company.size] } } : {}),
  };
}
