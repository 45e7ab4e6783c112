import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, FormMessage, ListingStatusBadge, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { REPORT_REASON_LABELS } from "@/lib/report-reasons";
import { REPORT_RESOLUTIONS } from "@/lib/schemas/moderation";
import { listingPath } from "@/lib/site-url";
import { pageActor } from "@/server/auth/page-actor";
import { listReportQueue } from "@/server/reports/reports";
import { auditTrailPath } from "@/lib/audit-filters";
import { ResolveForm } from "./resolve-form";

export const metadata: Metadata = { title: "Reports" };

const RESOLVED: Record<(typeof REPORT_RESOLUTIONS)[number], string> = {
  dismiss: "Reports dismissed; the listing stays up.",
  "return-to-review": "The listing is back in the review queue with your note.",
  unpublish: "The listing is removed; its page now answers 410 Gone.",
  "suspend-company": "The company is suspended; its listings have left the board.",
};

// Listings with open reports, most reported first; one decision settles all of a listing's reports.
export default async function ReportsPage({ searchParams }: PageProps<"/admin/reports">) {
  const actor = await pageActor("ADMIN", "/admin/reports");
  if (!actor) return null;
  const { resolved } = await searchParams;
  const done = REPORT_RESOLUTIONS.find((r) => r === resolved);
  const queue = await listReportQueue(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Reports"
        description={`${queue.length} listing${queue.length === 1 ? "" : "s"} with open reports, most reported first.`}
      />
      {done ? <FormMessage tone="success">{RESOLVED[done]}</FormMessage> : null}
      {queue.length === 0 ? (
        <EmptyState title="No open reports" description="Reports visitors send about listings appear here." />
      ) : (
        <ol className="space-y-4">
          {queue.map((group) => (
            <li key={group.listing.id}>
              <Card>
                <article aria-labelledby={`reported-${group.listing.id}`} className="flex flex-col gap-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 id={`reported-${group.listing.id}`} className="text-lg font-semibold text-ink">
                      {group.listing.title}
                    </h2>
                    <span className="text-sm text-ink-muted">
                      {group.count} open report{group.count === 1 ? "" : "s"} · first {formatDate(group.firstReportedAt)}
                    </span>
                  </div>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                    <Link className="link" href={`/admin/companies/${group.listing.company.id}`}>
                      {group.listing.company.name}
                    </Link>
                    {group.listing.company.status === "SUSPENDED" ? <Badge tone="danger">Company suspended</Badge> : null}
                    <ListingStatusBadge status={group.listing.status} />
                  </p>
                  <ul className="flex flex-wrap gap-2" aria-label="Reasons">
                    {group.reasons.map((r) => (
                      <li key={r.reason}>
                        <Badge tone="warning">
                          {REPORT_REASON_LABELS[r.reason]} × {r.count}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-ink">Read the reports</summary>
                    <ul className="mt-2 flex flex-col divide-y divide-line text-sm">
                      {group.reports.map((r) => (
                        <li key={r.id} className="py-2">
                          <p className="text-ink-muted">
                            {REPORT_REASON_LABELS[r.reason]} · {r.reporterEmail ?? "a deleted account"} ·{" "}
                            {formatDate(r.createdAt)}
                          </p>
                          {r.details ? <p className="mt-1 whitespace-pre-line break-words text-ink">{r.details}</p> : null}
                        </li>
                      ))}
                    </ul>
                  </details>
                  <p className="flex flex-wrap gap-4 text-sm">
                    {group.listing.status === "PUBLISHED" ? (
                      <Link className="link" href={listingPath(group.listing.slug)}>
                        Open the public page<span className="sr-only">: {group.listing.title}</span>
                      </Link>
                    ) : null}
                    <Link className="link" href={`/admin/review/${group.listing.id}`}>
                      Read the full listing<span className="sr-only">: {group.listing.title}</span>
                    </Link>
                    <Link className="link" href={auditTrailPath("Listing", group.listing.id)}>
                      Audit trail<span className="sr-only">: {group.listing.title}</span>
                    </Link>
                  </p>
                  <ResolveForm listingId={group.listing.id} title={group.listing.title} />
                </article>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
