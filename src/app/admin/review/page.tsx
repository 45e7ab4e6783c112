import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { Badge, buttonClasses, Card, EmptyState, FormMessage, PageHeader, TextField, VerifiedBadge } from "@/components/ui";
import { formatPay } from "@/lib/pay";
import { pageActor } from "@/server/auth/page-actor";
import { idSchema } from "@/lib/schemas/ids";
import { BULK_VERSION_PREFIX } from "@/lib/schemas/moderation";
import { findDecidedListing } from "@/server/moderation/decided";
import { listReviewQueue } from "@/server/moderation/review";
import { REVIEW_SHORTCUTS } from "@/lib/review-shortcuts";
import { BULK_FORM_ID, BulkDecision } from "./bulk-decision";
import { DuplicateMatches } from "./duplicate-matches";
import { QueueShortcuts } from "./queue-shortcuts";
import { ReviewDecision } from "./review-decision";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({ searchParams }: PageProps<"/admin/review">) {
  const actor = await pageActor("ADMIN", "/admin/review");
  if (!actor) return null;
  const { approved, rejected, q, decided: decidedCount, decision } = await searchParams;
  const decidedId = idSchema.safeParse(approved ?? rejected);
  const search = z
    .string()
    .trim()
    .max(100)
    .catch("")
    .parse(Array.isArray(q) ? q[0] : (q ?? ""));
  const bulk = z
    .object({ count: z.coerce.number().int().min(1).max(50), decision: z.enum(["approve", "reject"]) })
    .safeParse({ count: decidedCount, decision });
  const [queue, decided] = await Promise.all([
    listReviewQueue(actor, { q: search }),
    decidedId.success ? findDecidedListing(actor, decidedId.data) : null,
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Review queue"
        description={`${queue.length} listing${queue.length === 1 ? "" : "s"} ${search ? `matching “${search}”` : "waiting for a decision"}, oldest first.`}
        actions={
          <Link className="link text-sm" href="/admin/review/edits">
            Edits of published listings
          </Link>
        }
      />
      <form method="get" action="/admin/review" className="flex flex-wrap items-end gap-3" role="search">
        <TextField name="q" label="Company or title" defaultValue={search} className="min-w-60 grow" />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Search
        </button>
        {search ? (
          <Link className="link text-sm" href="/admin/review">
            Show all
          </Link>
        ) : null}
      </form>
      {bulk.success ? (
        <FormMessage tone="success">
          {bulk.data.decision === "approve" ? "Approved and published" : "Rejected"} {bulk.data.count} listing
          {bulk.data.count === 1 ? "" : "s"}.
        </FormMessage>
      ) : null}
      {decided?.status === "PUBLISHED" ? (
        <FormMessage tone="success">
          Approved and published:{" "}
          <Link className="link" href={`/jobs/${decided.slug}`}>
            {decided.title}
          </Link>
          .
        </FormMessage>
      ) : decided?.status === "REJECTED" ? (
        <FormMessage tone="success">Rejected: {decided.title}. The employer sees your reason.</FormMessage>
      ) : null}
      {queue.length === 0 ? (
        <EmptyState
          title={search ? "No listing matches" : "Nothing to review"}
          description={
            search ? "Try part of the company's name or of the title." : "New submissions appear here as employers send them."
          }
        />
      ) : (
        <>
          <Card padding="sm">
            <BulkDecision />
          </Card>
          <QueueShortcuts />
          <details className="text-sm text-ink-muted">
            <summary className="cursor-pointer font-medium text-ink">Keyboard shortcuts</summary>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              {REVIEW_SHORTCUTS.map((s) => (
                <div key={s.key} className="contents">
                  <dt>
                    <kbd className="rounded border border-line px-1.5 font-mono">{s.key}</kbd>
                  </dt>
                  <dd>{s.description}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2">They work while no text field has focus; with JavaScript off, use the forms as they are.</p>
          </details>
          <ol className="space-y-4">
            {queue.map((listing) => (
              <li key={listing.id}>
                <Card>
                  <article
                    aria-labelledby={`review-${listing.id}`}
                    className="flex flex-col gap-4 rounded-md outline-offset-8 focus:outline-2 focus:outline-accent"
                    data-review-card
                    tabIndex={-1}
                  >
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <div className="flex items-start gap-3">
                        <input
                          type="checkbox"
                          id={`tick-${listing.id}`}
                          name="listingIds"
                          value={listing.id}
                          form={BULK_FORM_ID}
                          className="mt-1.5 size-4.5 shrink-0 accent-accent"
                        />
                        {/* The content this card shows: bulk approve publishes it only if the employer has not edited it since. */}
                        <input
                          type="hidden"
                          name={`${BULK_VERSION_PREFIX}${listing.id}`}
                          value={listing.updatedAt.toISOString()}
                          form={BULK_FORM_ID}
                        />
                        <h2 id={`review-${listing.id}`} className="text-lg font-semibold text-ink">
                          <label htmlFor={`tick-${listing.id}`}>{listing.title}</label>
                        </h2>
                      </div>
                      <span className="text-sm text-ink-muted">
                        submitted {listing.submittedAt ? formatDate(listing.submittedAt) : "—"}
                      </span>
                    </div>
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
                      <span>
                        {listing.company.name} · {listing.level.name} · {formatPay(listing)}
                      </span>
                      {listing.company.verifiedDomain ? <VerifiedBadge domain={listing.company.verifiedDomain} /> : null}
                    </p>
                    {listing.rejectionReason ? (
                      <p className="text-sm text-ink-muted">Sent back after reports: {listing.rejectionReason}</p>
                    ) : null}
                    {listing.signals.length > 0 ? (
                      <ul className="flex flex-wrap gap-2" aria-label="Signals">
                        {listing.signals.map((signal) => (
                          <li key={signal.kind + signal.message}>
                            <Badge tone="warning">{signal.message}</Badge>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="text-sm text-ink-muted">No signals raised.</p>
                    )}
                    <DuplicateMatches pending={listing.duplicateCheckPending} matches={listing.matches} />
                    <p>
                      <Link className="link text-sm" href={`/admin/review/${listing.id}`}>
                        Read the full listing<span className="sr-only">: {listing.title}</span>
                      </Link>
                    </p>
                    <ReviewDecision listingId={listing.id} title={listing.title} version={listing.updatedAt.getTime()} />
                  </article>
                </Card>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
