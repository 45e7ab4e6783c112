import { JsonLd } from "@/components/seo/json-ld";
import { buildOrganization, type OrganizationSource } from "@/lib/seo/organization";
import { companyLogoUrl } from "@/lib/company-logo";
import { absoluteUrl, companyPath } from "@/lib/site-url";

/** A public company page's Organization markup (suspended companies have no page, so none). */
export function OrganizationJsonLd({
  company,
  techStack,
}: {
  company: OrganizationSource & { id: string; slug: string; logoVersion: string | null };
  techStack: string[];
}) {
  const logo = companyLogoUrl(company);
  return (
    <JsonLd
      data={buildOrganization(company, absoluteUrl(companyPath(company.slug)), techStack, logo ? absoluteUrl(logo) : null)}
    />
  );
}
