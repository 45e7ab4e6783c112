import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyLogo } from "@/components/companies/company-logo";
import { PlainText } from "@/components/listings/plain-text";
import { ResponsivenessFacts } from "@/components/listings/responsiveness-facts";
import { SkillTags } from "@/components/listings/skill-tags";
import { Card, PageHeader } from "@/components/ui";
import type { SkillCategory } from "@/generated/prisma/enums";
import { COMPANY_SIZES, companySizeLabel, skillCategoryLabel } from "@/lib/labels";
import { companyLogoUrl } from "@/lib/company-logo";
import { MEETING_STYLES, REMOTE_MODELS, meetingStyleLabel, remoteModelLabel, remotePolicySummary } from "@/lib/remote-policy";
import { LOOKBACK_DAYS, PUBLIC_MINIMUM, RESPONSE_WINDOW_DAYS } from "@/lib/responsiveness";
import { companyPath } from "@/lib/site-url";
import { pageActor } from "@/server/auth/page-actor";
import { getOwnResponsiveness } from "@/server/companies/responsiveness";
import { companyFormOptions, getOwnCompany } from "@/server/companies/settings";
import { CompanyForm } from "./company-form";
import { LogoForms } from "./logo-forms";
import { VerificationCard } from "./verification-card";

export const metadata: Metadata = { title: "Company profile" };

export default async function CompanySettingsPage({ searchParams }: PageProps<"/employer/company">) {
  const { verified } = await searchParams;
  const actor = await pageActor("EMPLOYER", "/employer/company");
  if (!actor) return null;
  const [company, options] = await Promise.all([getOwnCompany(actor), companyFormOptions()]);
  if (!company) notFound();
  const responsiveness = await getOwnResponsiveness(actor);

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
      <VerificationCard company={company} owner={company.role === "OWNER"} justVerified={verified === "1"} />
      {responsiveness ? (
        <Card as="section" aria-labelledby="responsiveness-heading" className="flex max-w-3xl flex-col gap-3">
          <h2 id="responsiveness-heading" className="text-xl font-semibold text-ink">
            How quickly you answer
          </h2>
          {responsiveness.counted === 0 && !responsiveness.lastActiveAt ? (
            <p className="text-sm text-ink-muted">No applications to measure yet.</p>
          ) : (
            <ResponsivenessFacts figures={responsiveness} />
          )}
          <p className="text-sm text-ink-muted">
            {responsiveness.public
              ? "Candidates see these figures on your company page and your listings."
              : `Candidates see these figures once ${PUBLIC_MINIMUM} applications from the last ${LOOKBACK_DAYS} days count (${responsiveness.counted} so far); until then they are hidden.`}{" "}
            A response is moving an application to another stage; an application counts once answered, or after{" "}
            {RESPONSE_WINDOW_DAYS} days without an answer.
          </p>
        </Card>
      ) : null}
      {company.role === "OWNER" ? (
        <Card as="section" aria-labelledby="logo-heading" className="flex max-w-3xl flex-col gap-4">
          <h2 id="logo-heading" className="text-xl font-semibold text-ink">
            Logo
          </h2>
          <LogoForms name={company.name} logoUrl={companyLogoUrl(company)} />
        </Card>
      ) : null}
      {company.role === "OWNER" ? (
        <CompanyForm
          company={company}
          choices={{
            sizes: COMPANY_SIZES.map((s) => ({ value: s, label: companySizeLabel[s] })),
            industries: options.industries.map((i) => ({ value: i.id, label: i.name })),
            remoteModels: REMOTE_MODELS.map((m) => ({ value: m, label: remoteModelLabel[m] })),
            meetingStyles: MEETING_STYLES.map((m) => ({ value: m, label: meetingStyleLabel[m] })),
            skillGroups: [...groups].map(([category, skills]) => ({ category, label: skillCategoryLabel[category], skills })),
          }}
        />
      ) : (
        <Card as="section" aria-labelledby="profile-heading" className="flex max-w-3xl flex-col gap-4">
          <div className="flex items-center gap-3">
            <CompanyLogo name={company.name} src={companyLogoUrl(company)} size="md" />
            <h2 id="profile-heading" className="min-w-0 text-xl font-semibold break-words text-ink">
              {company.name}
            </h2>
          </div>
          <p className="text-sm text-ink-muted">Only your company&apos;s owners can change the profile; ask one of them.</p>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            {[
              ["Website", company.website],
              ["Size", company.size ? companySizeLabel[company.size] : null],
              ["Industry", industryName],
              ["Headquarters", company.headquarters],
              ["Remote work", remotePolicySummary(company)],
              ["Remote policy notes", company.remotePolicy],
              ["Benefits", company.benefits],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="font-medium text-ink-muted">{label}</dt>
                <dd className="break-words whitespace-pre-line text-ink">{value || "Not stated"}</dd>
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
