import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingCard } from "@/components/listings/listing-card";
import { PlainText } from "@/components/listings/plain-text";
import { ResponsivenessFacts } from "@/components/listings/responsiveness-facts";
import { SkillTags } from "@/components/listings/skill-tags";
import { OrganizationJsonLd } from "@/components/seo/organization-json-ld";
import { EmptyState, VerifiedBadge } from "@/components/ui";
import { plural } from "@/lib/format";
import { CompanyLogo } from "@/components/companies/company-logo";
import { companyFacts } from "@/lib/company-facts";
import { companyLogoUrl } from "@/lib/company-logo";
import { webLink } from "@/lib/web-link";
import { listingCardView } from "@/lib/listing-card-view";
import { pageMetadata } from "@/lib/seo/metadata";
import { companyPath } from "@/lib/site-url";
import { findPublicCompany } from "@/server/companies/public";
import { getPublicResponsiveness } from "@/server/companies/responsiveness";
import { getRegionNames } from "@/server/listings/public";

// The same page for every visitor, cached like listing pages (decision 011) and expired with LISTINGS_TAG.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/companies/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const company = (await findPublicCompany(slug)) ?? notFound();
  const roles = plural(company.listings.length, "open remote role");
  return pageMetadata({
    title: `${company.name}: ${roles}`,
    description:
      `${company.name} on Backplane: ${roles}, every one with its pay range and who can apply. ${company.description?.slice(0, 140) ?? ""}`.trim(),
    path: companyPath(company.slug),
  });
}

export default async function CompanyPage({ params }: PageProps<"/companies/[slug]">) {
  const { slug } = await params;
  const [found, regionNames, responsiveness] = await Promise.all([
    findPublicCompany(slug),
    getRegionNames(),
    getPublicResponsiveness(slug),
  ]);
  const company = found ?? notFound();
  const website = webLink(company.website);
  const now = new Date();
  const facts = companyFacts(company);

  return (
    <article aria-labelledby="company-name" className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/jobs">
          All roles
        </Link>
      </nav>

      <header className="flex items-center gap-4">
        <CompanyLogo name={company.name} src={companyLogoUrl(company)} size="lg" />
        <div className="flex min-w-0 flex-col gap-2">
          <h1 id="company-name" className="text-3xl font-bold tracking-tight break-words text-ink sm:text-4xl">
            {company.name}
          </h1>
          {website ? (
            <p className="text-sm">
              {/* Employer-supplied link: no referrer, no ranking credit. */}
              <a className="link" href={website.href} rel="nofollow noopener noreferrer ugc" target="_blank">
                {website.host}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}
          {company.verifiedDomain ? (
            <p title={`${company.name} showed it receives mail at ${company.verifiedDomain}.`}>
              <VerifiedBadge domain={company.verifiedDomain} />
            </p>
          ) : null}
        </div>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <section aria-labelledby="roles-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="roles-heading" className="text-xl font-semibold text-ink">
            {company.listings.length > 0 ? plural(company.listings.length, "open role") : "Open roles"}
          </h2>
          {company.listings.length === 0 ? (
            <EmptyState
              headingLevel="h3"
              title="No open roles right now"
              description={`${company.name} has no live listings at the moment.`}
              action={
                <Link className="link" href="/jobs">
                  See all open roles
                </Link>
              }
            />
          ) : (
            <ol className="flex flex-col gap-4">
              {company.listings.map((listing) => (
                <li key={listing.id}>
                  <ListingCard card={listingCardView(listing, regionNames, now)} />
                </li>
              ))}
            </ol>
          )}
        </section>

        <aside aria-label="About the company" className="flex flex-col gap-6">
          {company.description ? (
            <section aria-labelledby="about-heading" className="flex flex-col gap-2">
              <h2 id="about-heading" className="text-lg font-semibold text-ink">
                About
              </h2>
              <PlainText text={company.description} />
            </section>
          ) : null}
          {facts.length > 0 ? (
            <dl className="flex flex-col gap-3 text-sm">
              {facts.map((fact) => (
                <div key={fact.label}>
                  <dt className="font-medium text-ink-muted">{fact.label}</dt>
                  <dd className="text-ink">{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {company.benefits ? (
            <section aria-labelledby="benefits-heading" className="flex flex-col gap-2">
              <h2 id="benefits-heading" className="text-lg font-semibold text-ink">
                Benefits
              </h2>
              <PlainText text={company.benefits} />
            </section>
          ) : null}
          {responsiveness ? (
            <section aria-labelledby="responsiveness-heading" className="flex flex-col gap-2">
              <h2 id="responsiveness-heading" className="text-lg font-semibold text-ink">
                How quickly they answer
              </h2>
              <ResponsivenessFacts figures={responsiveness} />
            </section>
          ) : null}
          {company.techStack.length > 0 ? (
            <section aria-labelledby="stack-heading" className="flex flex-col gap-2">
              <h2 id="stack-heading" className="text-lg font-semibold text-ink">
                Tech stack
              </h2>
              <SkillTags skills={company.techStack} />
            </section>
          ) : null}
        </aside>
      </div>
      <OrganizationJsonLd company={company} techStack={company.techStack.map((s) => s.name)} />
    </article>
  );
}
