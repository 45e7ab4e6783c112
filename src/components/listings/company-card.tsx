import Link from "next/link";
import type { ComponentProps } from "react";
import { CompanyLogo } from "@/components/companies/company-logo";
import { Card } from "@/components/ui";
import { companyFacts, type CompanyFactsSource } from "@/lib/company-facts";
import { companyLogoUrl } from "@/lib/company-logo";
import { companyPath } from "@/lib/site-url";
import { ResponsivenessFacts } from "./responsiveness-facts";
import { webLink } from "@/lib/web-link";

type Company = CompanyFactsSource & {
  id: string;
  name: string;
  slug: string;
  logoVersion: string | null;
  website: string | null;
  description: string | null;
};

/** `linked`: the name leads to the public company page (not on a moderator's preview of a pending listing). */
export function CompanyCard({
  company,
  linked = true,
  responsiveness,
}: {
  company: Company;
  linked?: boolean;
  /** Shown only when the company has enough applications for the figures to mean something. */
  responsiveness?: ComponentProps<typeof ResponsivenessFacts>["figures"] | null;
}) {
  const facts = companyFacts(company);
  const website = webLink(company.website);
  return (
    <Card as="section" aria-labelledby="company-heading">
      <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">Company</p>
      <div className="mt-2 flex items-center gap-3">
        <CompanyLogo name={company.name} src={companyLogoUrl(company)} size="md" />
        <h2 id="company-heading" className="min-w-0 text-xl font-semibold break-words text-ink">
          {linked ? (
            <Link className="link" href={companyPath(company.slug)}>
              {company.name}
            </Link>
          ) : (
            company.name
          )}
        </h2>
      </div>
      {website ? (
        <p className="mt-1 text-sm">
          {/* Employer-supplied link: no referrer, no ranking credit. */}
          <a className="link" href={website.href} rel="nofollow noopener noreferrer ugc" target="_blank">
            {website.host}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {company.description ? <p className="mt-3 text-sm text-ink">{company.description}</p> : null}
      {facts.length > 0 ? (
        <dl className="mt-4 flex flex-col gap-3 border-t border-line pt-4 text-sm">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt className="font-medium text-ink-muted">{fact.label}</dt>
              <dd className="text-ink">{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {responsiveness ? (
        <div className="mt-4 border-t border-line pt-4">
          <ResponsivenessFacts figures={responsiveness} />
        </div>
      ) : null}
    </Card>
  );
}
