import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { pageActor } from "@/server/auth/page-actor";
import { outboxOverview } from "@/server/mail/admin-outbox";
import { RetryButton } from "./retry-button";

export const metadata: Metadata = { title: "Outgoing mail" };

type Row = Awaited<ReturnType<typeof outboxOverview>>["parked"][number];

function MessageList({ rows, retry }: { rows: Row[]; retry: boolean }) {
  return (
    <ul className="flex flex-col divide-y divide-line">
      {rows.map((m) => (
        <li key={m.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 space-y-1">
            <p className="font-medium text-ink">
              {m.subject ?? m.kind} <span className="text-sm font-normal text-ink-muted">to {m.toAddress}</span>
            </p>
            <p className="text-sm text-ink-muted">
              {m.attempts} attempt{m.attempts === 1 ? "" : "s"}
              {m.lastAttemptAt ? `, last ${formatDate(m.lastAttemptAt)}` : ""}
              {retry ? "" : `, next try ${formatDate(m.sendAfter)}`}
            </p>
            {m.lastError ? <p className="text-sm break-words text-danger-text">{m.lastError}</p> : null}
          </div>
          {retry ? <RetryButton messageId={m.id} label={`Retry the message to ${m.toAddress}: ${m.subject ?? m.kind}`} /> : null}
        </li>
      ))}
    </ul>
  );
}

// Mail that could not be delivered: parked after its last attempt (retry it once the cause is fixed) and
// messages still retrying. The admin area's layout already refuses other roles; the data layer does too.
export default async function OutboxPage() {
  const actor = await pageActor("ADMIN", "/admin/outbox");
  if (!actor) return null;
  const { counts, parked, retrying } = await outboxOverview(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Outgoing mail"
        description={`${counts.PENDING} waiting · ${counts.SENDING} sending · ${counts.SENT} sent · ${counts.PARKED} parked`}
      />
      <section aria-labelledby="parked-heading" className="flex flex-col gap-3">
        <h2 id="parked-heading" className="text-xl font-semibold text-ink">
          Parked
        </h2>
        {parked.length === 0 ? (
          <EmptyState
            title="Nothing is parked"
            description="Every message was delivered or is still being tried."
            headingLevel="h3"
          />
        ) : (
          <Card>
            <MessageList rows={parked} retry />
          </Card>
        )}
      </section>
      {retrying.length > 0 ? (
        <section aria-labelledby="retrying-heading" className="flex flex-col gap-3">
          <h2 id="retrying-heading" className="text-xl font-semibold text-ink">
            Retrying
          </h2>
          <Card>
            <MessageList rows={retrying} retry={false} />
          </Card>
        </section>
      ) : null}
    </div>
  );
}
