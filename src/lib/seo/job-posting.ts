import type { EngagementModel } from "@/generated/prisma/enums";
import { COUNTRIES, countryName } from "@/lib/countries";
import type { EligibilityFields } from "@/lib/eligibility-text";
import { NO_FACTS, factGroups, type ListingFacts } from "@/lib/listing-facts";
import type { StatedPay } from "@/lib/pay";
import { escapeMarkup } from "@/lib/seo/escape";
import { plainTextToHtml } from "@/lib/seo/text-html";

// schema.org JobPosting for Google's job search, built from a live listing. Pure: the caller passes the
// listing, the regions it names and its absolute URL. Every value here is also shown on the listing page.
// Google's guidance for fully remote jobs: jobLocationType TELECOMMUTE plus applicantLocationRequirements
// naming at least one country or state the applicant must be in (jobLocation is then not needed).

export type JobPostingSource = StatedPay &
  EligibilityFields &
  Partial<ListingFacts> & {
    id: string;
    title: string;
    description: string;
    benefits: string | null;
    /** Ontario asks every posting to say these; Backplane shows the answers wherever the listing appears. */
    existingVacancy?: boolean | null;
    aiScreening?: boolean | null;
    publishedAt: Date | null;
    expiresAt: Date | null;
    engagementModel: EngagementModel;
    company: { name: string; website: string | null };
  };

export type RegionCountries = ReadonlyMap<string, { countries: readonly string[] }>;

type Country = { "@type": "Country"; name: string };

export type JobPosting = {
  "@context": "https://schema.org";
  "@type": "JobPosting";
  title: string;
  description: string;
  datePosted: string;
  validThrough: string;
  employmentType: "FULL_TIME" | "CONTRACTOR";
  hiringOrganization: { "@type": "Organization"; name: string; sameAs?: string };
  jobLocationType: "TELECOMMUTE";
  applicantLocationRequirements: Country[];
  baseSalary: {
    "@type": "MonetaryAmount";
    currency: string;
    value: { "@type": "QuantitativeValue"; minValue: number; maxValue: number; unitText: "YEAR" | "MONTH" | "DAY" | "HOUR" };
  };
  directApply: true;
  identifier: { "@type": "PropertyValue"; name: string; value: string };
  url: string;
};

/** Both direct employment and employer-of-record are full-time employment; contracting is its own type. */
const EMPLOYMENT_TYPE: Record<EngagementModel, JobPosting["employmentType"]> = {
  EMPLOYEE: "FULL_TIME",
  EMPLOYER_OF_RECORD: "FULL_TIME",
  CONTRACTOR: "CONTRACTOR",
};

/**
 * The countries an applicant may live in: the listed countries and every country of the listed regions.
 * Google has no "anywhere" value and asks for at least one country, so a worldwide role names them all.
 */
export function applicantCountries(listing: EligibilityFields, regions: RegionCountries): string[] {
  if (listing.worldwide) return COUNTRIES.map(([code]) => code);
  const codes = new Set<string>();
  for (const code of listing.eligibleRegions) for (const country of regions.get(code)?.countries ?? []) codes.add(country);
  for (const country of listing.eligibleCountries) codes.add(country);
  return [...codes];
}

/** Only http(s) websites are links (the company card applies the same rule). */
function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The facts the source carries (a caller without them states none). */
function definedFacts(listing: JobPostingSource): Partial<ListingFacts> {
  return Object.fromEntries(
    Object.keys(NO_FACTS).flatMap((key) => {
      const value = listing[key as keyof ListingFacts];
      return value === undefined ? [] : [[key, value]];
    }),
  );
}

/** The listing text as HTML: the description, then benefits under their own heading, as on the page. */
function descriptionHtml(listing: JobPostingSource): string {
  const parts = [plainTextToHtml(listing.description)];
  if (listing.benefits) parts.push("<p><strong>Benefits</strong></p>", plainTextToHtml(listing.benefits));
  const disclosures = [
    listing.existingVacancy === true ? "This is an existing vacancy." : "",
    listing.existingVacancy === false ? "This is a new position, not an existing vacancy." : "",
    listing.aiScreening === true ? "AI is used to screen, assess or select applicants." : "",
    listing.aiScreening === false ? "AI is not used to screen, assess or select applicants." : "",
  ].filter(Boolean);
  if (disclosures.length > 0) parts.push(plainTextToHtml(disclosures.join(" ")));
  // The role at a glance (decision 031), the stated groups as on the page.
  const facts = factGroups({ ...NO_FACTS, ...definedFacts(listing) }).filter((g) => g.lines !== null);
  if (facts.length > 0) {
    parts.push(
      "<p><strong>The role at a glance</strong></p>",
      `<ul>${facts.map((g) => `<li>${escapeMarkup(g.term)}: ${escapeMarkup(g.lines!.join("; "))}</li>`).join("")}</ul>`,
    );
  }
  return parts.join("\n");
}

/** The JobPosting for a live listing; null when it lacks the dates a posting needs (never public). */
export function buildJobPosting(
  listing: JobPostingSource,
  context: { url: string; regions: RegionCountries },
): JobPosting | null {
  if (!listing.publishedAt || !listing.expiresAt) return null;
  const website = httpUrl(listing.company.website);
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: listing.title,
    description: descriptionHtml(listing),
    datePosted: listing.publishedAt.toISOString(),
    validThrough: listing.expiresAt.toISOString(),
    employmentType: EMPLOYMENT_TYPE[listing.engagementModel],
    hiringOrganization: { "@type": "Organization", name: listing.company.name, ...(website ? { sameAs: website } : {}) },
    jobLocationType: "TELECOMMUTE",
    applicantLocationRequirements: applicantCountries(listing, context.regions).map((code) => ({
      "@type": "Country",
      name: countryName(code),
    })),
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: listing.salaryCurrency,
      value: {
        "@type": "QuantitativeValue",
        minValue: listing.salaryMin,
        maxValue: listing.salaryMax,
        unitText: listing.salaryPeriod,
      },
    },
    directApply: true,
    identifier: { "@type": "PropertyValue", name: listing.company.name, value: listing.id },
    url: context.url,
  };
}
