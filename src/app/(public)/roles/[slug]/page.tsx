import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { PlainText } from "@/components/listings/plain-text";
import { FaqList } from "@/components/roles/faq-list";
import { LevelLadder } from "@/components/roles/level-ladder";
import { SkillGroups } from "@/components/roles/skill-groups";
import { Badge, ButtonLink, Card, OnThisPage, PageHeader } from "@/components/ui";
import { formatUsd } from "@/lib/band-summary";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";
import { getRoleProfile } from "@/server/roles/queries";

async function profileOr404(slug: string) {
  const profile = await getRoleProfile(slug);
  if (!profile) notFound();
  return profile;
}

export async function generateMetadata({ params }: PageProps<"/roles/[slug]">): Promise<Metadata> {
  await connection();
  const profile = await profileOr404((await params).slug);
  return pageMetadata({ title: profile.name, description: profile.summary, path: `/roles/${profile.slug}` });
}

const sections = [
  ["where-it-fits", "Where it fits"],
  ["responsibilities", "What the job involves"],
  ["skills", "Skills and tools"],
  ["ladder", "Seniority ladder"],
  ["industries", "Who hires"],
  ["remote", "Working remotely"],
  ["getting-hired", "How to get hired"],
  ["faq", "Questions"],
] as const;

type SectionId = (typeof sections)[number][0];

function Section({ id, children, intro }: { id: SectionId; children: ReactNode; intro?: ReactNode }) {
  const title = sections.find(([key]) => key === id)?.[1];
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="flex scroll-mt-6 flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight text-ink">
        {title}
      </h2>
      {intro}
      {children}
    </section>
  );
}

export default async function RoleProfilePage({ params }: PageProps<"/roles/[slug]">) {
  await connection();
  const profile = await profileOr404((await params).slug);

  return (
    <div className="flex flex-col gap-10">
      <PageHeader
        eyebrow="Role profile"
        title={profile.name}
        description={profile.summary}
        actions={
          <>
            <ButtonLink href="/">See open roles</ButtonLink>
            <ButtonLink href="/salaries" variant="secondary">
              Salary bands
            </ButtonLink>
          </>
        }
      />

      <div className="grid gap-10 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <OnThisPage sections={sections} variant="sidebar" />

        <div className="flex min-w-0 flex-col gap-12">
          <Section id="where-it-fits">
            <PlainText text={profile.whereItFits} className="max-w-prose" />
          </Section>

          <Section id="responsibilities">
            <ol className="grid gap-4 md:grid-cols-2">
              {profile.responsibilities.map((r) => (
                <li key={r.title}>
                  <Card padding="sm" className="h-full">
                    <h3 className="font-semibold text-ink">{r.title}</h3>
                    <p className="mt-1 text-ink-muted">{r.body}</p>
                  </Card>
                </li>
              ))}
            </ol>
          </Section>

          <Section id="skills">
            <SkillGroups skills={profile.skills} />
          </Section>

          <Section
            id="ladder"
            intro={<p className="max-w-prose text-ink-muted">From senior engineer to head of backend: what each step owns.</p>}
          >
            <LevelLadder levels={profile.levels} />
          </Section>

          <Section
            id="industries"
            intro={
              <p className="max-w-prose text-ink-muted">
                Every industry with complex backend systems hires architects; what each one looks for differs.{" "}
                <Link className="link" href="/salaries#by-industry">
                  Pay by industry
                </Link>
              </p>
            }
          >
            <ul className="grid gap-4 md:grid-cols-2">
              {profile.industries.map((industry) => (
                <li key={industry.slug}>
                  <Card padding="sm" className="h-full">
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 className="font-semibold text-ink">{industry.name}</h3>
                      {industry.payPremium ? <Badge tone="success">Pays a premium</Badge> : null}
                    </div>
                    <p className="mt-1 text-ink-muted">
                      <span className="sr-only">What it values: </span>
                      {industry.whatItValues}
                    </p>
                    <p className="mt-2 text-sm text-ink" data-industry-pay={industry.slug}>
                      <span className="font-medium">Median pay on Backplane: </span>
                      {industry.band?.figures ? (
                        `${formatUsd(industry.band.figures.medianUsd)} (${plural(industry.band.listingCount, "listing")})`
                      ) : (
                        <span className="text-ink-muted">not enough listings yet</span>
                      )}
                    </p>
                  </Card>
                </li>
              ))}
            </ul>
          </Section>

          <Section id="remote">
            <PlainText text={profile.remoteWork} className="max-w-prose" />
          </Section>

          <Section id="getting-hired">
            <PlainText text={profile.howToGetHired} className="max-w-prose" />
            {profile.interviewTopics.length > 0 ? (
              <div className="flex flex-col gap-3">
                <h3 className="text-lg font-semibold text-ink">Interview topics to prepare</h3>
                <ul className="flex flex-col gap-3">
                  {profile.interviewTopics.map((topic) => (
                    <li key={topic.title} className="border-l-4 border-accent pl-4">
                      <p className="font-semibold text-ink">{topic.title}</p>
                      <p className="text-ink-muted">{topic.body}</p>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Section>

          <Section id="faq">
            <FaqList faqs={profile.faqs} />
          </Section>
        </div>
      </div>
    </div>
  );
}
