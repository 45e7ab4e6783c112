import type { Metadata } from "next";
import { Badge, Card, PageHeader } from "@/components/ui";
import { isEmailVerified } from "@/server/accounts/verification";
import { pageActor } from "@/server/auth/page-actor";
import { ChangeEmailForm } from "./change-email-form";

export const metadata: Metadata = { title: "Account settings", robots: { index: false } };

// Every role's address: shown, and changed through a link mailed to the new one (decision 029).
export default async function AccountSettingsPage() {
  const actor = await pageActor("ANY", "/settings/account");
  if (!actor) return null;
  const verified = await isEmailVerified(actor.id);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <PageHeader title="Account" description="Your sign-in address." />
      <section aria-labelledby="email-heading" className="flex flex-col gap-4">
        <h2 id="email-heading" className="text-xl font-semibold text-ink">
          Email address
        </h2>
        <p className="flex flex-wrap items-center gap-2 text-ink">
          <span className="break-all">{actor.email}</span>
          {verified ? <Badge tone="success">Confirmed</Badge> : <Badge tone="warning">Not confirmed yet</Badge>}
        </p>
        <p className="text-sm text-ink-muted">
          We send a link to the new address; your account moves to it when you follow the link (within 24 hours), and every other
          signed-in browser is then signed out. Until then you sign in with {actor.email}.
        </p>
        <Card>
          <ChangeEmailForm />
        </Card>
      </section>
    </div>
  );
}
