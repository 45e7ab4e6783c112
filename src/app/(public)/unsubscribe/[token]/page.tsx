import type { Metadata } from "next";
import Link from "next/link";
import { TokenActionForm } from "@/components/account/token-action-form";
import { InvalidLink } from "@/components/account/invalid-link";
import { Card, PageHeader } from "@/components/ui";
import { readUnsubscribeLink } from "@/server/mail/preferences";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

// Opening the link only asks (mail scanners open links too); the button, or a mail client's one-click
// POST to /api/unsubscribe/<token> (RFC 8058), does it. No sign-in needed: the signed link is the proof.
export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]">) {
  const { token } = await params;
  const target = await readUnsubscribeLink(token);
  if (!target) {
    return (
      <InvalidLink
        title="This unsubscribe link is not valid"
        hint="It may be incomplete. Signed in, you can choose which mail you get on your notification settings."
        href="/settings/notifications"
        label="Notification settings"
      />
    );
  }
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Unsubscribe" />
      <Card>
        <div className="space-y-4">
          {target.alreadyOff ? (
            <p className="text-ink">
              {target.email} already gets no “{target.label}” messages.
            </p>
          ) : (
            <>
              <p className="text-ink">
                Stop sending “{target.label}” messages to {target.email}? Other mail, and messages about your account&apos;s
                security, still arrive.
              </p>
              <TokenActionForm action={unsubscribeAction} token={token} label="Unsubscribe" pendingLabel="Unsubscribing…" />
            </>
          )}
          <p className="text-sm text-ink-muted">
            Changed your mind? Signed in, choose on your{" "}
            <Link className="link" href="/settings/notifications">
              notification settings
            </Link>
            .
          </p>
        </div>
      </Card>
    </div>
  );
}
