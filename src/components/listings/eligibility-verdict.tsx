import Link from "next/link";
import { Card, EligibilityBadge } from "@/components/ui";
import type { EligibilityResult, ProfileField } from "@/lib/eligibility";

const headlines = {
  candidate: {
    heading: "Your eligibility",
    eligible: "You can take this role from where you are.",
    check: "You may be able to take this role; check the points below.",
    not_eligible: "This role is not open to you from where you are.",
  },
  // The same verdict as a company member reads it on an applicant's page.
  employer: {
    heading: "Candidate's eligibility",
    eligible: "From their profile, this candidate can take the role from where they are.",
    check: "This candidate may be able to take the role; check the points below with them.",
    not_eligible: "From their profile, this role is not open to this candidate from where they are.",
  },
} as const;

const fixLabels: Record<ProfileField, string> = {
  country: "Set your country",
  timezone: "Set your timezone",
  workAuthorizations: "Set your work authorisations",
};

/**
 * "Can I take this job?" for the signed-in candidate, from their profile's country, timezone and work
 * authorisations (worked out by src/server/viewer/listing.ts). Shown by the listing page's island and by
 * the apply page; the listing's own rules are in its eligibility block.
 */
export function EligibilityVerdict({
  result,
  audience = "candidate",
}: {
  result: EligibilityResult;
  audience?: keyof typeof headlines;
}) {
  const headline = headlines[audience];
  return (
    <Card as="section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {headline.heading}
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
            <span>
              {rule.reason}
              {rule.fix ? (
                <>
                  {" "}
                  <Link className="link" href={`/account/profile#${rule.fix}`}>
                    {fixLabels[rule.fix]}
                  </Link>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
