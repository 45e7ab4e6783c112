import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlainText } from "@/components/listings/plain-text";
import { SkillTags } from "@/components/listings/skill-tags";
import { Card, PageHeader } from "@/components/ui";
import type { SkillCategory } from "@/generated/prisma/enums";
import { COMPANY_SIZES, companySizeLabel, skillCategoryLabel } from "@/lib/labels";
import { companyPath } from "@/lib/site-url";
import { pageActor } from "@/server/auth/page-actor";
import { companyFormOptions, getOwnCompany } from "@/server/companies/settings";
import { CompanyForm } from "./company-form";

export const metadata: Metadata = { title: "Company profile" };

export default async function CompanySettingsPage() {
  const actor = await pageActor("EMPLOYER", "/employer/company");
  if (!actor) return null;
  const [company, options] = await Promise.all([getOwnCompany(actor), companyFormOptions()]);
  if (!company) notFound();

  const groups = new Map<SkillCategory, { value: string; label: string }[]>();
  for (const skill of options.skills) {
    const list = groups.get(skill.category) ?? [];
    list.push({ value: skill.id, label: skill.name });
    groups.set(skill.category, list);
  }
  const industryName = options.industries.find((i) => i.id === company.industryId)?.name;
  const stack = options.skills.filter((s) => company.techStack.includes(s.id)).map((s) => ({ slug: s.id, name: s.name }));

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Company profile"
        description={
          <>
            What candidates see on{" "}
            {company.status === "ACTIVE" ? (
              <Link className="link" href={companyPath(company.slug)}>
                your public company page
              </Link>
            ) : (
              "your public company page"
            )}{" "}
            and beside each of your listings.
          </>
        }
      />
      {company.status !== "ACTIVE" ? (
        <p className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
          Your company account is suspended: its page and listings are hidden and the profile cannot change.
        </p>
      ) : null}
      {company.role === "OWNER" ? (
        <CompanyForm
          company={company}
          choices={{
            sizes: COMPANY_SIZES.map((s) => ({ value: s, label: companySizeLabel[s] })),
            industries: options.industries.map((i) => ({ value: i.id, label: i.name })),
            skillGroups: [...groups].map(([category, skills]) => ({ category, label: skillCategoryLabel[category], skills })),
          }}
        />
      ) : (
        <Card as="section" aria-labelledby="profile-heading" className="flex max-w-3xl flex-col gap-4">
          <h2 id="profile-heading" className="text-xl font-semibold text-ink">
            {company.name}
          </h2>
          <p className="text-sm text-ink-muted">Only your company&apos;s owners can change the profile; ask one of them.</p>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            {[
              ["Website", company.website],
              ["Size", company.size ? companySizeLabel[company.size] : null],
              ["Industry", industryName],
              ["Remote policy", company.remotePolicy],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="font-medium text-ink-muted">{label}</dt>
                <dd className="break-words text-ink">{value || "Not stated"}</dd>
              </div>
            ))}
          </dl>
          {company.description ? <PlainText text={company.description} /> : null}
          <SkillTags skills={stack} />
        </Card>
      )}
    </div>
  );
}
