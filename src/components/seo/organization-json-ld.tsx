import { JsonLd } from "@/components/seo/json-ld";
import { buildOrganization, type OrganizationSource } from "@/lib/seo/organization";
import { absoluteUrl, companyPath } from "@/lib/site-url";

/** A public company page's Organization markup (suspended companies have no page, so none). */
export function OrganizationJsonLd({
  company,
  techStack,
}: {
  company: OrganizationSource & { slug: string };
  techStack: string[];
}) {
  return <JsonLd data={buildOrganization(company, absoluteUrl(companyPath(company.slug)), techStack)} />;
}
