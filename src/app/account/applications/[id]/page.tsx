import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { idSchema } from "@/lib/schemas/ids";
import { getOwnApplication } from "@/server/applications/candidate";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: PageProps<"/account/applications/[id]">) {
  const { id } = await params;
  const actor = await pageActor("CANDIDATE", `/account/applications/${id}`);
  if (!actor) return null;
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const application = (await getOwnApplication(actor, parsedId.data)) ?? notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={application.listing.title} description={application.listing.company.name} />
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <dt className="text-sm text-ink-muted">Status</dt>
          <dd>
            <ApplicationStatusBadge status={application.status} />
          </dd>
          <dt className="text-sm text-ink-muted">Applied</dt>
          <dd>{formatDate(application.createdAt)}</dd>
          <dt className="text-sm text-ink-muted">Cover note</dt>
          <dd className="whitespace-pre-line">{application.coverNote}</dd>
        </dl>
      </Card>
      <Link className="link" href={`/jobs/${application.listing.slug}`}>
        View the listing
      </Link>
    </div>
  );
}
