import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, FormMessage, PageHeader } from "@/components/ui";
import { formatDate, isoDate, plural } from "@/lib/format";
import { pageActor } from "@/server/auth/page-actor";
import { listPendingEdits } from "@/server/listings/published-edits";

export const metadata: Metadata = { title: "Edits to review" };

export default async function EditQueuePage({ searchParams }: PageProps<"/admin/review/edits">) {
  const actor = await pageActor("ADMIN", "/admin/review/edits");
  if (!actor) return null;
  const [edits, { approved, rejected }] = await Promise.all([listPendingEdits(actor), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/admin/review">
          Review queue
        </Link>
      </nav>
      <PageHeader
        title="Edits to review"
        description={`${plural(edits.length, "published listing")} with a change to what was reviewed, oldest first. The live version stays up meanwhile.`}
      />
      {approved ? <FormMessage tone="success">The edit is published.</FormMessage> : null}
      {rejected ? <FormMessage tone="success">The edit was turned down; the employer sees your reason.</FormMessage> : null}
      {edits.length === 0 ? (
        <EmptyState title="No edits waiting" description="Edits of published listings appear here as employers send them." />
      ) : (
        <ol className="space-y-3">
          {edits.map((edit) => (
            <li key={edit.id}>
              <Card padding="sm" className="flex flex-wrap items-baseline justify-between gap-2">
                <Link className="link font-semibold" href={`/admin/review/edits/${edit.id}`}>
                  {edit.title}
                </Link>
                <span className="text-sm text-ink-muted">
                  {edit.company.name} · sent{" "}
                  {edit.pendingEditAt ? (
                    <time dateTime={isoDate(edit.pendingEditAt)}>{formatDate(edit.pendingEditAt)}</time>
                  ) : (
                    "—"
                  )}
                </span>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
