import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { ListingStateBadge } from "@/components/candidates/listing-state-badge";
import { listOwnApplications } from "@/server/applications/candidate";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "My applications" };

export default async function MyApplicationsPage() {
  const actor = await pageActor("CANDIDATE", "/account/applications");
  if (!actor) return null;
  const applications = await listOwnApplications(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="My applications" description="Every role you applied to, with where it stands." />
      {applications.length === 0 ? (
        <EmptyState
          title="No applications yet"
          description="When you apply to a role, it shows up here with its status."
          action={<ButtonLink href="/">Browse roles</ButtonLink>}
        />
      ) : (
        <ul className="space-y-3">
          {applications.map((application) => (
            <li key={application.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <Link className="link font-medium" href={`/account/applications/${application.id}`}>
                      {application.listing.title}
                    </Link>
                    <p className="text-sm text-ink-muted">
                      {application.listing.company.name} · applied {formatDate(application.createdAt)}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <ApplicationStatusBadge status={application.status} />
                    <ListingStateBadge listing={application.listing} />
                  </div>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
