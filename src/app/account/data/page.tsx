import type { Metadata } from "next";
import { Card, FormMessage, PageHeader, SubmitButton, TextField } from "@/components/ui";
import { pageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Your data", robots: { index: false } };

const errors = {
  password: "That password is not right. Nothing was exported.",
  limit: "Too many attempts. Please wait a while before trying again.",
} as const;

export default async function YourDataPage({ searchParams }: PageProps<"/account/data">) {
  const actor = await pageActor("CANDIDATE", "/account/data");
  if (!actor) return null;
  const { error } = await searchParams;
  const message = typeof error === "string" && Object.hasOwn(errors, error) ? errors[error as keyof typeof errors] : null;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageHeader
        title="Your data"
        description="Download everything Backplane holds about you as one JSON file: your account and profile, your CVs, your applications with their timelines and the messages companies sent you, your saved roles and searches, your sign-ins and your mail choices."
      />
      <Card>
        <form method="post" action="/account/data/export" className="space-y-4">
          <p className="text-sm text-ink-muted">Enter your password again to download the file.</p>
          <TextField
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            error={message ?? undefined}
          />
          {message ? <FormMessage tone="error">{message}</FormMessage> : null}
          <SubmitButton pendingLabel="Preparing…">Download my data</SubmitButton>
        </form>
      </Card>
    </div>
  );
}
