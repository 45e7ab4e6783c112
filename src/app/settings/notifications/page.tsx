import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { getActor } from "@/server/auth/session";
import { listPreferences } from "@/server/mail/preferences";
import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

// Every role chooses here which mail it gets; security mail is not listed because it cannot be turned off.
export default async function NotificationSettingsPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=/settings/notifications");
  const rows = await listPreferences(actor);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageHeader
        title="Notifications"
        description={`Which mail Backplane sends to ${actor.email}. Messages about your account's security (confirmation links, password resets, sign-up attempts) always arrive.`}
      />
      <Card>
        {rows.length > 0 ? (
          <PreferencesForm rows={rows} />
        ) : (
          <p className="text-ink-muted">Your account only gets security mail, which cannot be turned off.</p>
        )}
      </Card>
    </div>
  );
}
