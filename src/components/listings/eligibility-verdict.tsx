import { Card, EligibilityBadge } from "@/components/ui";
import { assessEligibility, type ListingRules } from "@/lib/eligibility";
import { timezoneOffsetMinutes } from "@/lib/utc-offset";
import { getActor } from "@/server/auth/session";
import { getCandidateEligibilityProfile } from "@/server/candidates/eligibility-profile";
import { getSearchVocabulary } from "@/server/search/options";

const headline = {
  eligible: "You can take this role from where you are.",
  check: "You may be able to take this role; check the points below.",
  not_eligible: "This role is not open to you from where you are.",
} as const;

/**
 * "Can I take this job?" for the signed-in candidate, from their profile's country, timezone and work
 * authorisations. Per visitor: rendered on every request, never from a shared cache. Renders nothing
 * for anyone else (the listing's own rules are in its eligibility block).
 */
export async function EligibilityVerdict({ listing }: { listing: ListingRules }) {
  const profile = await getCandidateEligibilityProfile(await getActor());
  if (!profile) return null;
  const { regions } = await getSearchVocabulary();
  const result = assessEligibility(
    listing,
    {
      country: profile.country,
      utcOffsetMinutes: profile.timezone ? timezoneOffsetMinutes(profile.timezone) : null,
      workAuthorizations: profile.workAuthorizations,
    },
    regions,
  );
  return (
    <Card as="section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Your eligibility
      </h2>
      <p className="mb-3 flex flex-col items-start gap-2">
        <EligibilityBadge verdict={result.verdict} />
        <span className="font-medium text-ink">{headline[result.verdict]}</span>
      </p>
      <ul className="flex flex-col gap-2 text-sm text-ink">
        {[result.country, result.timezone, result.authorisation].map((rule) => (
          <li key={rule.reason} className="flex gap-2">
            <span aria-hidden="true" className="shrink-0">
              {rule.verdict === "eligible" ? "✓" : rule.verdict === "check" ? "?" : "✕"}
            </span>
            <span>{rule.reason}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
