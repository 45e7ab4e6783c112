import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { devMailboxEnabled, getMailboxMessage } from "@/server/mail/dev-mailbox";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

// One message as sent: its links (clickable here, since the preview frame runs sandboxed), the HTML part in
// a sandboxed frame, and the text part.
export default async function DevMailboxMessagePage({ params }: PageProps<"/dev/mailbox/[id]">) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  const message = (await getMailboxMessage(id)) ?? notFound();
  const links = [...new Set(message.textBody?.match(/https?:\/\/[^\s)]+/g) ?? [])];
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/dev/mailbox">
          Dev mailbox
        </Link>
      </nav>
      <PageHeader
        title={message.subject ?? `(${message.kind}, not rendered yet)`}
        description={`To ${message.toAddress} · ${message.status}`}
      />
      {links.length > 0 ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold text-ink">Links in this message</h2>
          <ul className="space-y-1">
            {links.map((href) => (
              <li key={href} className="break-all">
                <a className="link" href={href}>
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {message.htmlBody ? (
        <iframe
          title="The HTML part"
          sandbox=""
          srcDoc={message.htmlBody}
          className="h-[36rem] w-full rounded-lg border border-line bg-white"
        />
      ) : null}
      <Card>
        <h2 className="mb-2 text-lg font-semibold text-ink">Text part</h2>
        <pre className="text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
          {message.textBody ?? message.lastError ?? "Not sent yet."}
        </pre>
      </Card>
    </div>
  );
}
