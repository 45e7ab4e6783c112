import type { CompanySize } from "@/generated/prisma/enums";
import { companySizeLabel } from "@/lib/labels";
import { remotePolicySummary, type RemotePolicyFields } from "@/lib/remote-policy";

// The short facts about a company, in the order its page and a listing's company card show them.

export type CompanyFactsSource = RemotePolicyFields & {
  industry: { name: string } | null;
  size: CompanySize | null;
  headquarters: string | null;
  remotePolicy: string | null;
};

export type CompanyFact = { label: string; value: string };

export function companyFacts(company: CompanyFactsSource): CompanyFact[] {
  const remote = remotePolicySummary(company);
  return [
    company.industry ? { label: "Industry", value: company.industry.name } : null,
    company.size ? { label: "Size", value: companySizeLabel[company.size] } : null,
    company.headquarters ? { label: "Headquarters", value: company.headquarters } : null,
    remote ? { label: "Remote work", value: remote } : null,
    // The owner's own words: the whole policy before the structured fields existed, a note beside them since.
    company.remotePolicy ? { label: remote ? "Remote policy notes" : "Remote policy", value: company.remotePolicy } : null,
  ].filter((f): f is CompanyFact => f !== null);
}
