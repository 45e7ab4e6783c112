import { Card, VerifiedBadge } from "@/components/ui";
import { verifiableDomain } from "@/lib/company-domain";
import { formatDate } from "@/lib/format";
import { VerificationForm } from "./verification-form";

type Props = {
  company: { website: string | null; verifiedDomain: string | null; verifiedAt: Date | null; status: string };
  owner: boolean;
  justVerified: boolean;
};

/** Whether the company is a verified employer, and (for owners) how to become one (decision 033). */
export function VerificationCard({ company, owner, justVerified }: Props) {
  const allowed = verifiableDomain(company.website);
  return (
    <Card as="section" aria-labelledby="verification-heading" className="flex max-w-3xl flex-col gap-3">
      <h2 id="verification-heading" className="text-xl font-semibold text-ink">
        Verified employer
      </h2>
      {justVerified && company.verifiedDomain ? (
        <p role="status" className="rounded-md bg-success-soft px-4 py-3 text-sm text-success-ink">
          Verified: candidates now see the badge beside your company and your listings.
        </p>
      ) : null}
      {company.verifiedDomain && company.verifiedAt ? (
        <>
          <p>
            <VerifiedBadge domain={company.verifiedDomain} />
          </p>
          <p className="text-sm text-ink-muted">
            Verified on {formatDate(company.verifiedAt)}. Candidates see the badge on your company page and listings. Moving the
            website to another domain removes it until you verify the new one.
          </p>
        </>
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            Show candidates that you are who you say you are: receive a link at an address on your website&apos;s domain and open
            it signed in. Verified companies get a badge on their page and listings.
          </p>
          {company.status !== "ACTIVE" ? null : !owner ? (
            <p className="text-sm text-ink-muted">Only your company&apos;s owners can ask for verification.</p>
          ) : "problem" in allowed ? (
            <p className="text-sm text-ink">{allowed.problem}</p>
          ) : (
            <VerificationForm domain={allowed.domain} />
          )}
        </>
      )}
    </Card>
  );
}
