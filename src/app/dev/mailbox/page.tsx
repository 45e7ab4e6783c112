import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailRequestForm } from "@/components/account/mail-request-form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { devMailboxEnabled, listMailbox, PREVIEW_ADDRESS } from "@/server/mail/dev-mailbox";
import { sendPreviewsAction } from "./actions";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

// Development only: every message the app "sent" (no SMTP_URL), newest first. A production build answers 404.
export default async function DevMailboxPage({ searchParams }: PageProps<"/dev/mailbox">) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const filter = typeof to === "string" && to.trim() ? to.trim().slice(0, 254) : undefined;
  const messages = await listMailbox({ to: filter });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Dev mailbox"
        description="Mail the app sent in development. Nothing left this machine: set SMTP_URL to send for real."
      />
      <Card>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
          <form method="get" className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1 text-sm font-medium text-ink">
              Recipient contains
              <input
                name="to"
                defaultValue={filter}
                className="rounded-md border border-line-strong bg-surface px-3 py-2 text-ink"
                placeholder="employer@backplane.test"
              />
            </label>
            <button className="rounded-md border border-line-strong px-3 py-2 text-sm text-ink" type="submit">
              Filter
            </button>
          </form>
          <div className="max-w-xs">
            <p className="mb-2 text-sm text-ink-muted">One message of every kind to {PREVIEW_ADDRESS}:</p>
            <MailRequestForm action={sendPreviewsAction} submitLabel="Preview every template" pendingLabel="Queuing…" />
          </div>
        </div>
      </Card>
      {messages.length === 0 ? (
        <EmptyState title="No mail yet" description="Sign up, apply or approve a listing, and the messages appear here." />
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {messages.map((m) => (
            <li key={m.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
              <Link className="link min-w-0 flex-1 truncate font-medium" href={`/dev/mailbox/${m.id}`}>
                {m.subject ?? `(${m.kind}, not rendered yet)`}
              </Link>
              <span className="truncate text-sm text-ink-muted">{m.toAddress}</span>
              <span className="text-sm text-ink-muted">{formatDate(m.createdAt)}</span>
              <Badge tone={m.status === "SENT" ? "success" : m.status === "PARKED" ? "danger" : "neutral"}>{m.status}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
