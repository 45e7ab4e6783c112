import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { pageMetadata } from "@/lib/seo/metadata";
import { listRoleProfiles } from "@/server/roles/queries";

export const metadata: Metadata = pageMetadata({
  title: "Role profiles",
  description: "What remote backend architecture roles involve: responsibilities, skills, seniority and pay.",
  path: "/roles",
});

export default async function RolesPage() {
  await connection();
  const profiles = await listRoleProfiles();
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Role profiles"
        description="What the roles on Backplane involve, how the seniority ladder works, and how people get hired."
      />
      {profiles.length === 0 ? (
        <EmptyState title="No role profiles yet" description="Profiles appear here once they are written." />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {profiles.map((profile) => (
            <li key={profile.slug}>
              <Card className="relative h-full transition-colors has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus hover:border-line-strong">
                <h2 className="text-xl font-semibold text-ink">
                  <Link
                    href={`/roles/${profile.slug}`}
                    className="after:absolute after:inset-0 after:rounded-lg hover:underline focus-visible:outline-none"
                  >
                    {profile.name}
                  </Link>
                </h2>
                <p className="mt-2 text-ink-muted">{profile.summary}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
