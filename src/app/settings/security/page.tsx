import type { Metadata } from "next";
import { Badge, Card, FormMessage, PageHeader } from "@/components/ui";
import { formatDate, relativeDays } from "@/lib/format";
import { describeUserAgent } from "@/lib/user-agent";
import { listOwnSessions } from "@/server/auth/account-security";
import { pageActor } from "@/server/auth/page-actor";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhereForm, SignOutSessionForm } from "./session-forms";

export const metadata: Metadata = { title: "Security settings", robots: { index: false } };

// Every role's security settings: signed-in devices, signing them out, the password.
export default async function SecuritySettingsPage({ searchParams }: PageProps<"/settings/security">) {
  const actor = await pageActor("ANY", "/settings/security");
  if (!actor) return null;
  const [sessions, { ended }] = await Promise.all([listOwnSessions(actor), searchParams]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <PageHeader title="Security" description={`Where ${actor.email} is signed in, and its password.`} />

      <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
        <h2 id="sessions-heading" className="text-xl font-semibold text-ink">
          Signed-in devices
        </h2>
        {ended ? <FormMessage tone="success">That session is signed out.</FormMessage> : null}
        <p className="text-sm text-ink-muted">
          Sessions end by themselves after 7 days without use, and 30 days after signing in at the latest. If you see one you do
          not recognise, sign it out and change your password.
        </p>
        <ul className="flex flex-col gap-3">
          {sessions.map((session) => (
            <li key={session.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
                      <span className="break-words">{describeUserAgent(session.userAgent)}</span>
                      {session.current ? <Badge tone="success">This browser</Badge> : null}
                    </p>
                    <p className="text-sm text-ink-muted">
                      Signed in {formatDate(session.createdAt)} · last active {relativeDays(session.lastSeenAt)}
                      {session.ipAddress ? ` · from ${session.ipAddress}` : ""}
                    </p>
                  </div>
                  <SignOutSessionForm
                    sessionId={session.id}
                    label={`Sign out ${session.current ? "this browser" : describeUserAgent(session.userAgent)}, signed in ${formatDate(session.createdAt)}`}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
        <SignOutEverywhereForm />
      </section>

      <section aria-labelledby="password-heading" className="flex flex-col gap-4">
        <h2 id="password-heading" className="text-xl font-semibold text-ink">
          Change password
        </h2>
        <p className="text-sm text-ink-muted">Changing it signs out every other session; this browser stays signed in.</p>
        <Card>
          <ChangePasswordForm />
        </Card>
      </section>
    </div>
  );
}
