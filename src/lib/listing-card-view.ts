import type { EngagementModel, OnCallKind, OwnershipKind, SalaryPeriod, TakeHomeKind } from "@/generated/prisma/enums";
import { companyLogoUrl } from "@/lib/company-logo";
import { eligibilitySummary } from "@/lib/eligibility-text";
import { agoPhrase, isoDate } from "@/lib/format";
import { engagementModelLabel } from "@/lib/labels";
import { keyFacts } from "@/lib/listing-facts";
import { formatPay } from "@/lib/pay";
import { windowSummary } from "@/lib/timezones";

// What a listing card shows, as the words it shows. Lists of cards render in a client component from
// these (src/components/listings/listing-card.tsx): a page then carries each card once as markup and once
// as this small record, instead of as markup and as a tree of elements in its RSC payload.

export type CardFields = {
  id: string;
  slug: string;
  title: string;
  salaryMin: number;
  salaryMax: number;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  worldwide: boolean;
  eligibleRegions: string[];
  eligibleCountries: string[];
  tzWindowStartUtc: number | null;
  tzWindowEndUtc: number | null;
  tzRequiredOverlapHours: number;
  engagementModel: EngagementModel;
  takeHome: TakeHomeKind | null;
  onCall: OnCallKind | null;
  ownershipKind: OwnershipKind | null;
  publishedAt: Date | null;
  company: { id: string; name: string; slug: string; verifiedAt: Date | null; logoVersion: string | null };
  level: { name: string };
  skills: { skill: { name: string } }[];
};

export type ListingCardView = {
  id: string;
  slug: string;
  title: string;
  company: string;
  companySlug: string;
  /** The company proved its website's domain (decision 033). */
  verified: boolean;
  /** The company's logo URL, or null (the card shows its initials). */
  companyLogo: string | null;
  /** ISO instant and "posted 3 days ago", or null when never published. */
  posted: { at: string; text: string } | null;
  level: string;
  pay: string;
  where: string;
  hours: string;
  engagement: string;
  /** "Go · Kafka · PostgreSQL · +2 more", or null without skills. */
  skills: string | null;
  /** Up to two role-at-a-glance facts candidates filter for ("No take-home", "No on-call"); decision 031. */
  facts: string[];
};

const SKILLS_SHOWN = 5;

function skillsText(skills: readonly { skill: { name: string } }[]): string | null {
  if (skills.length === 0) return null;
  const names = skills.slice(0, SKILLS_SHOWN).map((s) => s.skill.name);
  const hidden = skills.length - names.length;
  return hidden > 0 ? `${names.join(" · ")} · +${hidden} more` : names.join(" · ");
}

export function listingCardView(listing: CardFields, regionNames: ReadonlyMap<string, string>, now: Date): ListingCardView {
  const posted = listing.publishedAt;
  return {
    id: listing.id,
    slug: listing.slug,
    title: listing.title,
    company: listing.company.name,
    companySlug: listing.company.slug,
    // Boolean, not a null check: a cached copy revives the date as a string, and older entries lack it.
    verified: Boolean(listing.company.verifiedAt),
    companyLogo: companyLogoUrl(listing.company),
    posted: posted ? { at: isoDate(posted), text: agoPhrase("posted", posted, now) } : null,
    level: listing.level.name,
    pay: formatPay(listing),
    where: eligibilitySummary(listing, regionNames),
    hours: windowSummary(listing),
    engagement: engagementModelLabel[listing.engagementModel],
    skills: skillsText(listing.skills),
    facts: keyFacts(listing),
  };
}
