import type { EngagementModel, VisaPolicy } from "@/generated/prisma/enums";
import { eligibilitySummary, type EligibilityFields } from "@/lib/eligibility-text";
import { listingGuid, type FeedItem } from "@/lib/feeds/feed";
import { factGroups, type ListingFacts } from "@/lib/listing-facts";
import { engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { formatPay, type StatedPay } from "@/lib/pay";
import { escapeMarkup } from "@/lib/seo/escape";
import { windowSummary, type TimezoneWindow } from "@/lib/timezones";

// One live listing as a feed item: the facts a reader needs to decide whether to click — company, level,
// pay as stated, who can apply from where, working hours, engagement — in a line and as a short list.

export type FeedListing = StatedPay &
  EligibilityFields &
  TimezoneWindow &
  ListingFacts & {
    id: string;
    title: string;
    engagementModel: EngagementModel;
    visaPolicy: VisaPolicy;
    publishedAt: Date | null;
    confirmedAt: Date | null;
    company: { name: string };
    level: { name: string };
    skills: { skill: { name: string } }[];
  };

export function listingFeedItem(
  listing: FeedListing,
  context: { url: string; regionNames: ReadonlyMap<string, string>; now: Date },
): FeedItem {
  const pay = formatPay(listing);
  const where = eligibilitySummary(listing, context.regionNames, 8);
  const skills = listing.skills.map((s) => s.skill.name);
  const facts: [string, string][] = [
    ["Company", listing.company.name],
    ["Level", listing.level.name],
    ["Pay", pay],
    ["Who can apply", where],
    ["Working hours", windowSummary(listing)],
    ["Engagement", engagementModelLabel[listing.engagementModel]],
    ["Work authorisation", visaPolicyLabel[listing.visaPolicy]],
    ...(skills.length > 0 ? [["Skills", skills.join(", ")] as [string, string]] : []),
    // The role at a glance (decision 031): the stated groups only, a feed item stays short.
    ...factGroups(listing).flatMap((g) => (g.lines ? [[g.term, g.lines.join("; ")] as [string, string]] : [])),
  ];
  const published = listing.publishedAt ?? listing.confirmedAt ?? context.now;
  return {
    id: listingGuid(listing.id),
    url: context.url,
    title: `${listing.title} at ${listing.company.name}`,
    summary: `${listing.company.name} · ${listing.level.name} · ${pay} · Remote: ${where}`,
    contentHtml:
      `<ul>${facts.map(([label, value]) => `<li><strong>${escapeMarkup(label)}:</strong> ${escapeMarkup(value)}</li>`).join("")}</ul>` +
      `<p><a href="${escapeMarkup(context.url)}">Read the full listing and apply on Backplane</a></p>`,
    datePublished: published,
    dateModified: listing.confirmedAt && listing.confirmedAt > published ? listing.confirmedAt : published,
    tags: [listing.level.name, ...skills],
  };
}
