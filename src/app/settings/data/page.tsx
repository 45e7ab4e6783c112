import type { Metadata } from "next";
import { Button, Card, FormMessage, PageHeader, TextField } from "@/components/ui";
import { pageActor } from "@/server/auth/page-actor";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Your data", robots: { index: false } };

// GDPR articles 15 and 17 in the product (docs/decisions/029-your-data.md): take the data, or delete it.
const exportRefusals = {
  password: "Your current password is not right. Nothing was exported.",
  invalid: "Enter your current password to export your data.",
  limited: "You asked for several exports in the last hour. Try again later.",
} as const;

export default async function YourDataPage({ searchParams }: PageProps<"/settings/data">) {
  const actor = await pageActor("ANY", "/settings/data");
  if (!actor) return null;
  const { export: refusalKey } = await searchParams;
  const refusal =
    typeof refusalKey === "string" && Object.hasOwn(exportRefusals, refusalKey)
      ? exportRefusals[refusalKey as keyof typeof exportRefusals]
      : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <PageHeader
        title="Your data"
        description={`Everything Backplane holds about ${actor.email}: take it with you, or delete it.`}
      />

      <section aria-labelledby="export-heading" className="flex flex-col gap-4">
        <h2 id="export-heading" className="text-xl font-semibold text-ink">
          Export your data
        </h2>
        <p className="text-sm text-ink-muted">
          One JSON file with your account, profile and skills, your CVs (with links to download each while signed in), your
          applications with their timelines and the messages companies sent you, saved roles and searches, notification choices,
          company verification links you asked for, sign-in history and the mail we sent you.
        </p>
        <Card>
          {/* A plain form post: the answer is a file download, so the browser stays on this page. */}
          <form method="post" action="/settings/data/export" className="space-y-5">
            {refusal ? <FormMessage tone="error">{refusal}</FormMessage> : null}
            <TextField
              name="currentPassword"
              id="export-current-password"
              type="password"
              label="Current password"
              autoComplete="current-password"
              required
              error={refusalKey === "password" || refusalKey === "invalid" ? (refusal ?? undefined) : undefined}
            />
            <Button type="submit">Download my data</Button>
          </form>
        </Card>
      </section>

      <section aria-labelledby="delete-heading" className="flex flex-col gap-4">
        <h2 id="delete-heading" className="text-xl font-semibold text-ink">
          Delete your account
        </h2>
        <p className="text-sm text-ink-muted">
          This removes your profile, CVs, saved roles and searches, alerts, sign-in history and notification choices, at once and
          for good. Companies you applied to keep the application, shown as “Deleted candidate” with no cover note, CV or
          messages. If you are the last owner of a company, make someone else an owner first.
        </p>
        <Card>
          <DeleteAccountForm />
        </Card>
      </section>
    </div>
  );
}
